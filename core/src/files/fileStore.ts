import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';

/**
 * Where file bytes live. The default keeps them in a directory (two levels of fan-out by key);
 * an S3-compatible object store implements the same four operations with the same keys.
 */
export interface FileStore {
  put(key: string, data: Buffer): Promise<void>;
  read(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  remove(key: string): Promise<void>;
  describe: string;
}

const SAFE_KEY = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/;

export class DirectoryFileStore implements FileStore {
  constructor(private readonly root: string) {}

  get describe(): string {
    return `directory ${this.root}`;
  }

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`not a file store key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.part`;
    await fs.promises.writeFile(temp, data, { flag: 'wx' });
    await fs.promises.rename(temp, file);
  }

  async read(key: string): Promise<Readable> {
    return fs.createReadStream(this.pathOf(key));
  }

  async exists(key: string): Promise<boolean> {
    return fs.promises.access(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  /** Every stored key (for backups and consistency checks). */
  async *keys(): AsyncGenerator<string> {
    if (!fs.existsSync(this.root)) return;
    for (const a of await fs.promises.readdir(this.root)) {
      for (const b of await fs.promises.readdir(path.join(this.root, a)).catch(() => [] as string[])) {
        for (const f of await fs.promises.readdir(path.join(this.root, a, b)).catch(() => [] as string[])) {
          if (!f.endsWith('.part')) yield `${a}/${b}/${f}`;
        }
      }
    }
  }
}
