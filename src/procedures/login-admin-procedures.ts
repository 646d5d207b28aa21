// sp_password, sp_defaultdb, sp_defaultlanguage: SQL Server's bodies build one ALTER LOGIN
// statement and EXEC it, so msxd does the same and every check (password policy, hashing,
// permissions, 15151 for a login one may not see, DEFAULT_DATABASE's 15010) is ALTER LOGIN's
// (src/engine/statements/alter-login.ts). Before that, as the bodies do: none inside a user
// transaction (15002), and sp_password's login must be a SQL login the caller sees (15007).
// A failed ALTER LOGIN leaves its error with the client and the procedure returns 1.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-password-transact-sql
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-defaultdb-transact-sql
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-defaultlanguage-transact-sql
import type { ProcedureContext, ProcedureDefinition } from '../engine/procedure-registry';
import type { SqlType } from '../types/sql-type';
import { bracket, nstr, text } from './catalog-sql';
import { raiseAndFail } from './security-report';

const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };

/** Runs the ALTER LOGIN as the bodies' `exec (@exec_stmt)`; 0 when it succeeded, else 1. */
async function alterLogin(ctx: ProcedureContext, statement: string): Promise<number> {
  const [status] = await ctx.querySql(`${statement};\nSELECT CONVERT(int, @@ERROR);`);
  return status?.rows[0]?.[0] === 0 ? 0 : 1;
}

async function inTransaction(ctx: ProcedureContext): Promise<boolean> {
  const [count] = await ctx.querySql('SELECT CONVERT(int, @@TRANCOUNT);');
  return Number(count?.rows[0]?.[0] ?? 0) > 0;
}

export const spPassword: ProcedureDefinition = {
  name: 'sp_password',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@old', type: SYSNAME, default: null },
    { name: '@new', type: SYSNAME },
    { name: '@loginame', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const login = text(args.value('@loginame')) ?? ctx.loginName;
    const newPassword = text(args.value('@new')) ?? '';
    const old = text(args.value('@old'));
    if (await inTransaction(ctx)) return raiseAndFail(ctx, 15002, 'sys.sp_password');
    // the body looks in master.dbo.syslogins, where a login without ALTER ANY LOGIN sees only
    // itself; msxd's catalogue views show every login, so that visibility is applied here
    const [visible] = await ctx.querySql(`SELECT COUNT(*) FROM sys.sql_logins WHERE name = ${nstr(login)};`);
    const mayName = ctx.isSysadmin || login.toLowerCase() === ctx.loginName.toLowerCase();
    if (visible?.rows[0]?.[0] !== 1 || !mayName) return raiseAndFail(ctx, 15007, login);
    const oldClause = old === undefined ? '' : ` OLD_PASSWORD = ${nstr(old)}`;
    return alterLogin(ctx, `ALTER LOGIN ${bracket(login)} WITH PASSWORD = ${nstr(newPassword)}${oldClause}`);
  },
};

export const spDefaultDb: ProcedureDefinition = {
  name: 'sp_defaultdb',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@loginame', type: SYSNAME }, { name: '@defdb', type: SYSNAME }],
  async run(ctx, args) {
    if (await inTransaction(ctx)) return raiseAndFail(ctx, 15002, 'sys.sp_defaultdb');
    const login = text(args.value('@loginame')) ?? '';
    const database = text(args.value('@defdb')) ?? '';
    return alterLogin(ctx, `ALTER LOGIN ${bracket(login)} WITH DEFAULT_DATABASE = ${bracket(database)}`);
  },
};

export const spDefaultLanguage: ProcedureDefinition = {
  name: 'sp_defaultlanguage',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@loginame', type: SYSNAME }, { name: '@language', type: SYSNAME, default: null }],
  async run(ctx, args) {
    if (await inTransaction(ctx)) return raiseAndFail(ctx, 15002, 'sys.sp_defaultlanguage');
    const login = text(args.value('@loginame')) ?? '';
    // "If language isn't specified, language is set to the server default language": the
    // 'default language' option's language, us_english (msxd has no other).
    const language = text(args.value('@language')) ?? 'us_english';
    return alterLogin(ctx, `ALTER LOGIN ${bracket(login)} WITH DEFAULT_LANGUAGE = ${bracket(language)}`);
  },
};

export const loginAdminProcedures: readonly ProcedureDefinition[] = [spPassword, spDefaultDb, spDefaultLanguage];
