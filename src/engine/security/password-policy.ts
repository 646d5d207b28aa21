// CHECK_POLICY = ON (the default): the Windows "password must meet complexity requirements" rules
// SQL Server applies to SQL logins (also on Linux): at least 8 characters, at most 128, characters
// from three of the four categories (upper case, lower case, digits, other), and not containing
// the login name. https://learn.microsoft.com/sql/relational-databases/security/password-policy
import { sqlError } from '../../errors/catalog';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export function checkPasswordPolicy(loginName: string, password: string): void {
  // SQL Server reports complexity before length: 'abc' is 15118, 'Ab1!' is 15116.
  const categories = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (categories < 3) throw sqlError(15118);
  if (loginName.length > 2 && password.toLowerCase().includes(loginName.toLowerCase())) throw sqlError(15118);
  if (password.length < MIN_PASSWORD_LENGTH) throw sqlError(15116);
  if (password.length > MAX_PASSWORD_LENGTH) throw sqlError(15117);
}
