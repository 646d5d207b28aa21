// The sa login's first password. The store creates sa at first start with whatever it is given;
// this module decides what that is: the operator's MSXD_SA_PASSWORD, or a generated one written to
// <data>/sa-password (mode 0600) and printed once, so a fresh node is never left with a default.
import { randomInt } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

export const SA_PASSWORD_FILE = 'sa-password';

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '-_.+!#%*';
const LENGTH = 24;

/** 24 characters from all four classes SQL Server's password policy counts. */
export function generateStrongPassword(): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const chars = [LOWER, UPPER, DIGITS, SYMBOLS].map((set) => set[randomInt(set.length)]!);
  while (chars.length < LENGTH) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

export interface InitialSaPassword {
  readonly password: string;
  /** generated here: write it down (persistGeneratedPassword) if the store used it */
  readonly generated: boolean;
}

/** explicit option > MSXD_SA_PASSWORD > a previously generated file > a new one */
export async function chooseInitialSaPassword(dataDir: string, explicit: string | undefined, env: NodeJS.ProcessEnv): Promise<InitialSaPassword> {
  if (explicit) return { password: explicit, generated: false };
  const fromEnv = env['MSXD_SA_PASSWORD'];
  if (fromEnv) return { password: fromEnv, generated: false };
  try {
    const saved = (await fs.readFile(join(dataDir, SA_PASSWORD_FILE), 'utf8')).trim();
    if (saved) return { password: saved, generated: false };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return { password: generateStrongPassword(), generated: true };
}

export async function persistGeneratedPassword(dataDir: string, password: string): Promise<string> {
  const path = join(dataDir, SA_PASSWORD_FILE);
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(path, `${password}\n`, { mode: 0o600 });
  return path;
}
