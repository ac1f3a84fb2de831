import fs from 'node:fs';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import type { Readable, Writable } from 'node:stream';

/**
 * A gzip-compressed tar (POSIX ustar) written and read as a stream, so a backup of any size
 * passes through a fixed amount of memory and can be inspected with `tar tzvf`. Only regular
 * files are written and read.
 */
const BLOCK = 512;
const ZERO = Buffer.alloc(BLOCK * 2);

function field(header: Buffer, offset: number, length: number, value: string): void {
  header.write(value, offset, Math.min(Buffer.byteLength(value), length), 'utf8');
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0');
}

function header(name: string, size: number, mtime: Date): Buffer {
  const h = Buffer.alloc(BLOCK);
  let base = name;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
    if (cut < 0 || Buffer.byteLength(base) > 100 || Buffer.byteLength(prefix) > 155) throw new Error(`name too long for a tar entry: ${name}`);
  }
  field(h, 0, 100, base);
  field(h, 100, 8, '0000644');
  field(h, 108, 8, '0000000');
  field(h, 116, 8, '0000000');
  if (size < 8 ** 11) field(h, 124, 12, octal(size, 12));
  else {
    // Base-256 for sizes of 8 GiB and more (GNU and POSIX readers understand it).
    h[124] = 0x80;
    let rest = BigInt(size);
    for (let i = 135; i > 124; i--) {
      h[i] = Number(rest & 0xffn);
      rest >>= 8n;
    }
  }
  field(h, 136, 12, octal(Math.floor(mtime.getTime() / 1000), 12));
  h.fill(0x20, 148, 156);
  field(h, 156, 1, '0');
  field(h, 257, 6, 'ustar');
  field(h, 263, 2, '00');
  field(h, 265, 32, 'kunlun');
  field(h, 297, 32, 'kunlun');
  field(h, 345, 155, prefix);
  let sum = 0;
  for (const byte of h) sum += byte;
  field(h, 148, 8, `${octal(sum, 7)}\0`);
  return h;
}

export class TarWriter {
  private readonly gzip = createGzip({ level: 6 });
  private readonly file: fs.WriteStream;
  private readonly done: Promise<void>;

  constructor(path: string) {
    this.file = fs.createWriteStream(path, { mode: 0o600 });
    this.gzip.pipe(this.file);
    this.done = new Promise((resolve, reject) => {
      this.file.on('finish', resolve);
      this.file.on('error', reject);
      this.gzip.on('error', reject);
    });
    this.done.catch(() => {});
  }

  private async write(chunk: Buffer): Promise<void> {
    if (!this.gzip.write(chunk)) await once(this.gzip, 'drain');
  }

  /** Adds one file; `source` must yield exactly `size` bytes. */
  async add(name: string, size: number, source: Buffer | AsyncIterable<Buffer | string>, mtime = new Date()): Promise<void> {
    await this.write(header(name, size, mtime));
    let written = 0;
    const chunks: AsyncIterable<Buffer | string> | Buffer[] = Buffer.isBuffer(source) ? [source] : source;
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      written += bytes.length;
      if (written > size) throw new Error(`${name} is larger than the ${size} bytes announced`);
      await this.write(bytes);
    }
    if (written !== size) throw new Error(`${name} has ${written} bytes, not the ${size} announced`);
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if (pad) await this.write(Buffer.alloc(pad));
  }

  async finish(): Promise<void> {
    await this.write(ZERO);
    this.gzip.end();
    await this.done;
  }

  /** Stops writing after a failure; the caller removes the partial file. */
  async abort(): Promise<void> {
    const closed = this.file.closed ? Promise.resolve() : once(this.file, 'close').then(() => undefined);
    this.gzip.destroy();
    this.file.destroy();
    await closed.catch(() => undefined);
  }
}

/** Pulls exact byte counts out of a stream of chunks. */
class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(n: number): Promise<boolean> {
    while (this.length < n) {
      const next = await this.source.next();
      if (next.done) return false;
      this.buffered.push(next.value);
      this.length += next.value.length;
    }
    return true;
  }

  async take(n: number): Promise<Buffer | null> {
    if (!(await this.fill(n))) return null;
    const all = Buffer.concat(this.buffered);
    this.buffered = [all.subarray(n)];
    this.length = all.length - n;
    return all.subarray(0, n);
  }

  /** The next piece of at most `max` bytes, as it arrived. */
  async piece(max: number): Promise<Buffer> {
    if (this.length === 0 && !(await this.fill(1))) throw new Error('the archive ends in the middle of a file');
    const chunk = this.buffered.shift()!;
    if (chunk.length > max) {
      this.buffered.unshift(chunk.subarray(max));
      this.length -= max;
      return chunk.subarray(0, max);
    }
    this.length -= chunk.length;
    return chunk;
  }
}

export interface TarEntry {
  name: string;
  size: number;
  /** The entry's bytes; read them (or not) before asking for the next entry. */
  body: AsyncIterable<Buffer>;
}

function parseSize(h: Buffer): number {
  if (h[124]! & 0x80) {
    let size = 0n;
    for (let i = 125; i < 136; i++) size = (size << 8n) | BigInt(h[i]!);
    return Number(size);
  }
  return parseInt(h.toString('ascii', 124, 136).replace(/\0.*$/, '').trim() || '0', 8);
}

const text = (h: Buffer, offset: number, length: number) => h.toString('utf8', offset, offset + length).replace(/\0.*$/s, '');

/** Reads a tar archive file, gzip-compressed or not, entry by entry. */
export async function* readTar(file: string): AsyncGenerator<TarEntry> {
  const magic = Buffer.alloc(2);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, magic, 0, 2, 0);
  } finally {
    fs.closeSync(fd);
  }
  const raw = fs.createReadStream(file);
  const stream: Readable = magic[0] === 0x1f && magic[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (err) => stream.destroy(err));
  const reader = new ByteReader(stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  try {
    for (;;) {
      const h = await reader.take(BLOCK);
      if (!h) throw new Error('the archive ends without its end marker (is it complete?)');
      if (h.every((b) => b === 0)) return;
      let sum = 0;
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
      if (sum !== parseInt(text(h, 148, 8).trim(), 8)) throw new Error('the archive is damaged: a header checksum does not match');
      const prefix = text(h, 345, 155);
      const name = prefix ? `${prefix}/${text(h, 0, 100)}` : text(h, 0, 100);
      const size = parseSize(h);
      let left = size;
      // Not closed by a consumer that stops early: what it leaves is skipped below.
      const iterator: AsyncIterableIterator<Buffer> = {
        async next() {
          if (left === 0) return { done: true, value: undefined };
          const piece = await reader.piece(left);
          left -= piece.length;
          return { done: false, value: piece };
        },
        async return() {
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
      const type = text(h, 156, 1);
      if (type === '0' || type === '') yield { name, size, body: iterator };
      while (left > 0) await iterator.next();
      const pad = (BLOCK - (size % BLOCK)) % BLOCK;
      if (pad && !(await reader.take(pad))) throw new Error('the archive ends in the middle of a file');
    }
  } finally {
    stream.destroy();
    raw.destroy();
  }
}

/** Streams an entry (or any chunks) into a writable, with back-pressure. */
export async function pipeChunks(chunks: AsyncIterable<Buffer>, out: Writable, onChunk?: (b: Buffer) => void): Promise<void> {
  for await (const chunk of chunks) {
    onChunk?.(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
}
