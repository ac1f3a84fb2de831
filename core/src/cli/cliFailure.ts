import { ZodError } from 'zod';
import { BpmnFormatError, FeelError, ProcessCompileError } from '@kunlun/workflows';
import { ConfigError } from '../config/config.ts';
import { MigrationError } from '../db/migrator.ts';
import { ApiError } from '../http/apiError.ts';
import { AdminCommandError, describeFailure } from '../install/adminCommandError.ts';
import { YamlError } from '../install/yamlDocuments.ts';
import { RedisAddressError } from '../jobs/redisAddress.ts';
import { ModuleDependencyError } from '../modules/dependencyOrder.ts';
import { ModuleManifestError } from '../modules/moduleDiscovery.ts';
import { UsageError } from './command.ts';

/**
 * How a failed command is told to its user. A user's mistake (a wrong flag, a missing or refused
 * file, a bad setting) is its message, without a stack; anything else is an internal error: one
 * line that says so and how to see more. The stack is printed only when asked for (`--debug` or
 * `LOG_LEVEL=debug`).
 *
 * Exit codes: 2 for a wrong command line or input file (`workflows diff` keeps 1 for "different"),
 * 1 for other mistakes the user can fix (settings, modules, migrations, the database answering no),
 * 70 for internal errors (EX_SOFTWARE), so a script tells a bug from a difference.
 */
export interface CliFailure {
  kind: 'user' | 'internal';
  message: string;
  exitCode: number;
}

const oneLine = (lines: string[]) =>
  lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join('; ');

/** A file named on the command line that cannot be read: ENOENT, EACCES, EISDIR … with its path. */
function fileProblem(err: unknown): string | null {
  const e = err as NodeJS.ErrnoException | null;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string' || typeof e.path !== 'string') return null;
  const what: Record<string, string> = {
    ENOENT: '文件不存在 / no such file',
    EACCES: '没有读写权限 / permission denied',
    EPERM: '没有读写权限 / permission denied',
    EISDIR: '这是一个目录，不是文件 / is a directory, not a file',
    ENOTDIR: '路径中有一段不是目录 / a part of the path is not a folder',
  };
  return what[e.code] ? `${what[e.code]}: ${e.path}` : null;
}

function zodProblem(err: ZodError): string {
  return `输入有误 / invalid input: ${oneLine(err.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`))}`;
}

export function describeCliFailure(err: unknown): CliFailure {
  const user = (message: string, exitCode = 1): CliFailure => ({ kind: 'user', message, exitCode });
  if (err instanceof UsageError) return user(err.message, 2);
  if (err instanceof BpmnFormatError) return user(err.message, 2);
  if (err instanceof ProcessCompileError)
    return user(
      `流程无法执行 / the process cannot be executed: ${oneLine(err.problems.map((p) => `${p.elementId ? `${p.elementId}: ` : ''}${p.message}`))}`,
      2,
    );
  if (err instanceof FeelError) return user(`FEEL 表达式有误 / bad FEEL expression ${JSON.stringify(err.expression)}: ${err.message}`, 2);
  if (err instanceof ZodError) return user(zodProblem(err), 2);
  if (err instanceof YamlError) return user(err.message.split('\n')[0] ?? err.message, 2);
  const file = fileProblem(err);
  if (file) return user(file, 2);
  if (err instanceof ConfigError) return user(`配置有误 / invalid configuration: ${oneLine(err.problems)}`);
  if (err instanceof AdminCommandError || err instanceof ApiError) return user(describeFailure(err) ?? err.message);
  if (err instanceof ModuleDependencyError || err instanceof ModuleManifestError || err instanceof MigrationError || err instanceof RedisAddressError) {
    return user(oneLine(err.message.split('\n')));
  }
  const summary = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
  return {
    kind: 'internal',
    message: `内部错误 / internal error${summary ? `: ${summary}` : ''} — 加 --debug 重新运行可查看详情 / re-run with --debug for details`,
    exitCode: 70,
  };
}

/** Whether the person asked to see stacks: `--debug` on the command line or `LOG_LEVEL=debug|trace`. */
export function wantsStacks(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return argv.includes('--debug') || env.LOG_LEVEL === 'debug' || env.LOG_LEVEL === 'trace';
}

/** Writes the failure to stderr (with the stack when asked for) and gives the exit code. */
export function reportCliFailure(err: unknown, debug: boolean): number {
  const failure = describeCliFailure(err);
  process.stderr.write(`${failure.message}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return failure.exitCode;
}
