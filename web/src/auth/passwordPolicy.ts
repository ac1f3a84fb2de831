/**
 * The installation's password rule, checked in the browser before the server checks it again:
 * 8 to 128 characters, at least three of upper case, lower case, digits and symbols, and not
 * containing the username. Answers the message keys of what the password lacks.
 */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < 8) problems.push('password.tooShort');
  if (password.length > 128) problems.push('password.tooLong');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('password.tooSimple');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('password.containsUsername');
  return problems;
}
