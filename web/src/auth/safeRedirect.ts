/**
 * Where to go after signing in: the `redirect` the sign-in page was given when it is a path
 * inside this application, the desktop otherwise (never another site, never back to /login).
 */
export function safeRedirect(value: unknown): string {
  const target = Array.isArray(value) ? value[0] : value;
  if (typeof target !== 'string' || !target.startsWith('/')) return '/';
  if (target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target === '/login' || target.startsWith('/login?') || target.startsWith('/login/')) return '/';
  return target;
}
