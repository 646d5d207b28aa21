// sp_change_users_login @Action = 'Report' | 'Update_One' | 'Auto_Fix' [, @UserNamePattern]
// [, @LoginName] [, @Password]: orphaned SQL users, i.e. database users whose SID maps to no login
// (real in msxd: users keep the SID of the login they were created for, and a dropped and re-created
// login gets a new SID). As SQL Server's body: none inside a user transaction (15289), db_owner
// (15247), the action any case (15600 for another, or for arguments the action does not take).
// Report: `UserName sysname, UserSID varbinary(85)` of the SQL users whose SID is a login-sized one
// (16 bytes or fewer: users WITHOUT LOGIN have 28-byte SIDs) that SUSER_SNAME does not know.
// Update_One: ALTER USER ... WITH LOGIN (15291 for an unknown user or SQL login, 15063 when the
// login already has a user here). Auto_Fix (sysadmin, may create a login) is not done: its
// progress messages' numbers could not be confirmed, so it is refused with 40517.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-change-users-login-transact-sql
import { sqlError } from '../errors/catalog';
import type { ProcedureDefinition } from '../engine/procedure-registry';
import type { SqlType } from '../types/sql-type';
import { bracket, nstr, text, withNocount } from './catalog-sql';
import { raiseAndFail } from './security-report';

const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };
const SELF = 'sys.sp_change_users_login';

export const spChangeUsersLogin: ProcedureDefinition = {
  name: 'sp_change_users_login',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@Action', type: { kind: 'varchar', length: 10 } },
    { name: '@UserNamePattern', type: SYSNAME, default: null },
    { name: '@LoginName', type: SYSNAME, default: null },
    { name: '@Password', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const action = (text(args.value('@Action')) ?? '').toUpperCase();
    const user = text(args.value('@UserNamePattern'));
    const login = text(args.value('@LoginName'));
    const password = text(args.value('@Password'));
    const [facts] = await ctx.querySql("SELECT CONVERT(int, @@TRANCOUNT), CONVERT(int, ISNULL(IS_MEMBER('db_owner'), 0));");
    const [trancount, owner] = facts?.rows[0] ?? [0, 0];
    if (Number(trancount) > 0) return raiseAndFail(ctx, 15289);
    if (!ctx.isSysadmin && owner !== 1) return raiseAndFail(ctx, 15247);
    switch (action) {
      case 'REPORT':
        if (user !== undefined || login !== undefined || password !== undefined) return raiseAndFail(ctx, 15600, SELF);
        // the body runs SET NOCOUNT ON: no row count after the report
        await ctx.executeSql(withNocount(`SELECT UserName = name, UserSID = sid FROM sys.database_principals
          WHERE type = 'S' AND sid IS NOT NULL AND sid <> 0x0 AND DATALENGTH(sid) <= 16 AND SUSER_SNAME(sid) IS NULL
          ORDER BY name;`));
        return 0;
      case 'UPDATE_ONE': {
        if (user === undefined || login === undefined || password !== undefined) return raiseAndFail(ctx, 15600, SELF);
        const [found] = await ctx.querySql(`SELECT
          (SELECT COUNT(*) FROM sys.database_principals WHERE name = ${nstr(user)} AND type = 'S'),
          (SELECT COUNT(*) FROM sys.sql_logins WHERE name = ${nstr(login)});`);
        const [users, logins] = found?.rows[0] ?? [0, 0];
        if (users !== 1) return raiseAndFail(ctx, 15291, 'User', user);
        if (logins !== 1) return raiseAndFail(ctx, 15291, 'Login', login);
        const [status] = await ctx.querySql(`ALTER USER ${bracket(user)} WITH LOGIN = ${bracket(login)};\nSELECT CONVERT(int, @@ERROR);`);
        return status?.rows[0]?.[0] === 0 ? 0 : 1;
      }
      case 'AUTO_FIX':
        throw sqlError(40517, "sp_change_users_login @Action = 'Auto_Fix'");
      default:
        return raiseAndFail(ctx, 15600, SELF);
    }
  },
};
