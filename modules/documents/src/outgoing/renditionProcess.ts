import { fork } from 'node:child_process';
import { DocumentLayoutError, FontsMissingError, SealImageError, type OfficialDocumentLayout } from '../rendition/index.ts';

/**
 * Renders a PDF in a short-lived child process: the fonts (~90 MB) and the font subsetter's
 * WebAssembly heap (~70 MB) exist only while a rendition is made and are returned to the system
 * when it exits, so neither an API nor a worker process grows by them. Errors come back as the
 * rendition's own (a layout or seal problem is permanent, missing fonts are the installation's).
 */
export interface RenditionFailure {
  name: string;
  message: string;
}

const ENTRY = new URL('./renditionProcessEntry.mjs', import.meta.url);
const TIMEOUT_MS = 120_000;

/** Peak RSS of the last rendition process, in MB (benchmarks report it). */
export let lastRenditionPeakRssMb = 0;

function asError(failure: RenditionFailure): Error {
  if (failure.name === 'DocumentLayoutError') return Object.assign(new DocumentLayoutError([]), { message: failure.message });
  if (failure.name === 'SealImageError') return new SealImageError(failure.message);
  if (failure.name === 'FontsMissingError') return Object.assign(new FontsMissingError([], []), { message: failure.message });
  return Object.assign(new Error(failure.message), { name: failure.name });
}

export function renderInChildProcess(input: OfficialDocumentLayout): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = fork(ENTRY, [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], timeout: TIMEOUT_MS });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    child.once('message', (msg: { pdf?: Uint8Array; error?: RenditionFailure; peakRssMb?: number }) => {
      lastRenditionPeakRssMb = msg.peakRssMb ?? 0;
      settle(() => (msg.pdf ? resolve(new Uint8Array(msg.pdf)) : reject(asError(msg.error ?? { name: 'Error', message: 'rendition failed' }))));
    });
    child.once('error', (err) => settle(() => reject(err)));
    child.once('exit', (code, signal) =>
      settle(() => reject(new Error(`the rendition process exited (${signal ?? code}) without a result: ${stderr.trim()}`))),
    );
    child.send(input);
  });
}
