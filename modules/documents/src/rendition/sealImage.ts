/** The seal (印章) arrives as PNG bytes; the layout needs its proportions, the writer its bytes. */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export class SealImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealImageError';
  }
}

/** Width and height in pixels from the PNG header; throws SealImageError for anything but a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const isPng = bytes.length >= 24 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isPng || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') {
    throw new SealImageError('the seal must be a PNG image');
  }
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0) throw new SealImageError('the seal image is empty');
  return { width, height };
}
