import { hash, verify } from '@node-rs/argon2';
import { text, type Text } from '../i18n/text.ts';
import { unprocessable } from '../http/apiError.ts';

/** argon2id with the library's defaults (19 MiB, 2 passes): about 20–40 ms a hash here. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash of a random string: verifying against it costs what a real check costs,
// so an unknown username takes as long to refuse as a wrong password.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash;
}

/**
 * The password rule of a government installation: at least 8 characters, with at least
 * three of upper case, lower case, digits and symbols, and not containing the username.
 */
export function passwordProblems(password: string, username?: string): Text[] {
  const problems: Text[] = [];
  if (password.length < 8) problems.push(text('密码至少 8 位', 'at least 8 characters'));
  if (password.length > 128) problems.push(text('密码最多 128 位', 'at most 128 characters'));
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    problems.push(text('须包含大写字母、小写字母、数字、符号中的至少三类', 'at least three of: upper case, lower case, digits, symbols'));
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push(text('密码不能包含用户名', 'must not contain the username'));
  }
  return problems;
}

/** Throws a 422 listing what the password lacks. */
export function assertStrongPassword(password: string, username?: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length) {
    throw unprocessable(
      'weak_password',
      text(`密码不符合要求：${problems.map((p) => p['zh-CN']).join('；')}`, `Weak password: ${problems.map((p) => p.en).join('; ')}`),
      { problems: problems.map((p) => p['zh-CN']) },
    );
  }
}
