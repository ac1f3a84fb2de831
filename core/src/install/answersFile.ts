import fs from 'node:fs';
import path from 'node:path';
import { parseYamlDocuments, YamlError } from './yamlDocuments.ts';
import { AdminCommandError } from './adminCommandError.ts';
import { text } from '../i18n/text.ts';

/**
 * An answers file for `kunlun install --answers FILE.yaml`. Secrets stay out of the file: any
 * string may say `${NAME}` (the environment variable NAME; unset → not answered) or
 * `${NAME:-fallback}`. Relative paths in the file are relative to the file's own folder.
 */
export interface AnswersFile {
  /** The parsed answers, variables replaced; an unset variable leaves its field out. */
  answers: Record<string, unknown>;
  /** Folder the file lives in, for relative paths. */
  dir: string;
  /** Variables the file names that were not set (for the message when one is needed). */
  unsetVariables: Map<string, string>;
}

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export function readAnswersFile(file: string, env: NodeJS.ProcessEnv = process.env): AnswersFile {
  const absolute = path.resolve(file);
  let source: string;
  try {
    source = fs.readFileSync(absolute, 'utf8');
  } catch (err) {
    throw new AdminCommandError(
      text(`无法读取应答文件 ${absolute}：${(err as Error).message}`, `Cannot read the answers file ${absolute}: ${(err as Error).message}`),
    );
  }
  let docs: unknown[];
  try {
    docs = parseYamlDocuments(source, absolute);
  } catch (err) {
    if (!(err instanceof YamlError)) throw err;
    throw new AdminCommandError(text(`应答文件不是有效的 YAML：\n${err.message}`, `The answers file is not valid YAML:\n${err.message}`));
  }
  if (docs.length > 1) throw new AdminCommandError(text('应答文件只能有一个 YAML 文档', 'The answers file must hold one YAML document'));
  const raw = docs[0] ?? null;
  if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw new AdminCommandError(text('应答文件的顶层应是键值对', 'The answers file must be a mapping at the top level'));
  }
  const unsetVariables = new Map<string, string>();
  const answers = interpolate(raw ?? {}, env, unsetVariables, '') as Record<string, unknown>;
  return { answers, dir: path.dirname(absolute), unsetVariables };
}

/** Replaces `${NAME}` in every string; a string that is only an unset variable becomes undefined. */
function interpolate(value: unknown, env: NodeJS.ProcessEnv, unset: Map<string, string>, at: string): unknown {
  if (typeof value === 'string') {
    let missing = false;
    const replaced = value.replace(VARIABLE, (_, name: string, fallback: string | undefined) => {
      const set = env[name];
      if (set !== undefined && set !== '') return set;
      if (fallback !== undefined) return fallback;
      missing = true;
      unset.set(at, name);
      return '';
    });
    return missing ? undefined : replaced;
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, unset, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const next = interpolate(v, env, unset, at ? `${at}.${k}` : k);
      if (next !== undefined) out[k] = next;
    }
    return out;
  }
  return value;
}
