// What sp_addmessage, sp_altermessage and sp_dropmessage share: the caller's permission, the
// language argument (msxd has us_english only) and the store access of ProcedureContext.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-addmessage-transact-sql
// ("Requires membership in the sysadmin or serveradmin fixed server roles": SQL Server's body
// checks IS_SRVROLEMEMBER('serveradmin'), which sysadmins pass too).
import type { ProcedureContext, UserMessageAccess } from '../engine/procedure-registry';
import { sqlError } from '../errors/catalog';

export const SYSNAME = { kind: 'nvarchar', length: 128 } as const;

/** the first message number sp_addmessage accepts */
export const FIRST_USER_MESSAGE = 50001;

/** us_english and its alias English; NULL is the session's language, which is us_english */
const US_ENGLISH_NAMES: ReadonlySet<string> = new Set(['us_english', 'english']);

export async function requireMessageAdmin(ctx: ProcedureContext): Promise<UserMessageAccess> {
  if (!ctx.isSysadmin) {
    const [set] = await ctx.querySql("SELECT IS_SRVROLEMEMBER(N'serveradmin');");
    if (set?.rows[0]?.[0] !== 1) throw sqlError(15247);
  }
  if (!ctx.userMessages) throw new Error('user messages need the engine\'s procedure context');
  return ctx.userMessages;
}

/** 'TRUE' / 'FALSE' in any case, trailing blanks ignored; undefined otherwise */
export function trueFalse(v: unknown): boolean | undefined {
  const s = v === null || v === undefined ? '' : String(v).trimEnd().toUpperCase();
  return s === 'TRUE' ? true : s === 'FALSE' ? false : undefined;
}

/** 15033 for a language msxd does not have */
export function checkLanguage(lang: unknown): void {
  if (lang === null || lang === undefined) return;
  const name = String(lang);
  if (!US_ENGLISH_NAMES.has(name.trim().toLowerCase())) throw sqlError(15033, name);
}
