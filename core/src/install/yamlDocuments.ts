import fs from 'node:fs';
import { parseAllDocuments } from 'yaml';

/**
 * YAML as administrators write it — answers files, compose files, Kubernetes manifests — read
 * into plain values, one per document, with a line-numbered message for the first error.
 */
export class YamlError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'YamlError';
  }
}

export function parseYamlDocuments(source: string, file = '(yaml)'): unknown[] {
  const docs = parseAllDocuments(source, { prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const first = doc.errors[0];
    if (first) throw new YamlError(file, first.message);
  }
  return list.map((d) => d.toJS() as unknown).filter((v) => v !== null && v !== undefined);
}

export function readYamlDocuments(file: string): unknown[] {
  return parseYamlDocuments(fs.readFileSync(file, 'utf8'), file);
}
