import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

/**
 * The settings file `kunlun install` writes: KEY=value lines that systemd (EnvironmentFile=),
 * docker compose (env_file:), `node --env-file=` and a POSIX shell (`set -a; . file`) all read
 * the same way. Written atomically with mode 0600 (it holds the database password); on a rerun,
 * lines the administrator added by hand are kept.
 */
export function readEnvFile(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const parsed = parseEnv(fs.readFileSync(file, 'utf8'));
  return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => e[1] !== undefined));
}

const PLAIN = /^[A-Za-z0-9_./:@%+,=?&-]*$/;

/** A value as all four readers understand it: bare when plain, else in double quotes. */
export function envValue(value: string): string {
  if (PLAIN.test(value)) return value;
  if (/["\n\\$`]/.test(value)) throw new Error(`an environment value cannot hold quotes, backslashes, "$" or line breaks: ${JSON.stringify(value)}`);
  return `"${value}"`;
}

export function writeEnvFile(file: string, values: Record<string, string>, header: string[], remove: string[] = []): { kept: string[] } {
  const previous = readEnvFile(file);
  const kept = Object.keys(previous).filter((k) => !(k in values) && !remove.includes(k));
  const lines = [
    ...header.map((h) => `# ${h}`),
    '',
    ...Object.entries(values).map(([k, v]) => `${k}=${envValue(v)}`),
    ...(kept.length
      ? ['', '# 管理员添加的设置（重新安装时保留）/ added by the administrator, kept on reinstall', ...kept.map((k) => `${k}=${envValue(previous[k]!)}`)]
      : []),
    '',
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, lines.join('\n'), { mode: 0o600 });
  fs.renameSync(temp, file);
  return { kept };
}
