export const CSRF_COOKIE = 'kunlun_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The value of the readable CSRF cookie the server set at sign-in (double submit), if any. */
export function readCsrfToken(cookieString: string = typeof document === 'undefined' ? '' : document.cookie): string | undefined {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== CSRF_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    if (!value) return undefined;
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}
