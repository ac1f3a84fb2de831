#!/usr/bin/env node
import { describeConfig } from '../config/config.ts';
import { parseCommandArgs, UsageError, type Command } from './command.ts';
import { reportCliFailure, wantsStacks } from './cliFailure.ts';
import { allCommand, serveCommand, workerCommand } from './commands/runServer.ts';
import { migrateCommand } from './commands/migrate.ts';
import { demoCommand } from './commands/demo.ts';
import { installCommand } from './commands/install.ts';
import { backupCommand } from './commands/backup.ts';
import { restoreCommand } from './commands/restore.ts';
import { upgradeCommand } from './commands/upgrade.ts';
import { workflowsCommand } from './commands/workflows.ts';
import { openapiCommand } from './commands/openapi.ts';
import { fontsCommand } from './commands/fonts.ts';
import { KUNLUN_VERSION } from '../runtime/version.ts';

const commands: Command[] = [
  serveCommand,
  workerCommand,
  allCommand,
  migrateCommand,
  demoCommand,
  fontsCommand,
  workflowsCommand,
  installCommand,
  backupCommand,
  restoreCommand,
  upgradeCommand,
  openapiCommand,
];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `昆仑办公 Kunlun OA ${KUNLUN_VERSION}`,
    '',
    'Usage: kunlun <command> [options]     (from the repository: pnpm kunlun <command>)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `kunlun <command> --help` for a command’s options; add --debug to any command to see the stack of an error.',
    '',
    'Environment:',
    ...describeConfig().map((l) => `  ${l}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${KUNLUN_VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(`未知命令 / unknown command "${name}" — 运行 kunlun --help 查看命令 / run kunlun --help for the commands`);
  const args = parseCommandArgs(command, rest);
  if (args.values.help) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return (await command.run(args)) ?? 0;
}

// `--debug` works with every command: it is taken off before the command reads its flags.
const argv = process.argv.slice(2);
const debug = wantsStacks(argv);
main(argv.filter((a) => a !== '--debug')).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (err: unknown) => {
    process.exitCode = reportCliFailure(err, debug);
  },
);
