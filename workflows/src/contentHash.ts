/**
 * The content hash of a definition: SHA-256 of its XML with line endings and trailing spaces
 * normalised, so the same process saved on Windows and Linux hashes the same. WebCrypto: works
 * in Node and in the browser.
 */
export async function contentHash(xml: string): Promise<string> {
  const normalized = xml
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalized));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
