import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A CLI command: its name, one line of help, its usage text and what it does. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options?: ParseArgsConfig['options'];
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }): Promise<number | void>;
}

export class UsageError extends Error {}

export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    const parsed = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, ...command.options }, allowPositionals: true, strict: true });
    return parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  } catch (err) {
    throw new UsageError(`${(err as Error).message} — 运行 kunlun ${command.name} --help 查看用法 / run kunlun ${command.name} --help for its usage`);
  }
}
