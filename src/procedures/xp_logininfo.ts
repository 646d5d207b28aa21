// xp_logininfo [[@acctname =] 'account'] [, [@option =] 'all' | 'members'] [, [@privilege =] @v OUTPUT]
// ("xp_logininfo (Transact-SQL)"): the Windows users and groups that have server access. msxd
// authenticates SQL logins only, so the list (read from sys.server_principals types U and G) is
// empty; a named account cannot be looked up in any Windows directory, which SQL Server reports
// as 15404 with the Win32 error ERROR_NONE_MAPPED (0x534).
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';

const SYSNAME = { kind: 'nvarchar', length: 128 } as const;
const ERROR_NONE_MAPPED = 0x534;

export const xpLoginInfo: ProcedureDefinition = {
  name: 'xp_logininfo',
  home: 'system',
  permission: 'sysadmin',
  extended: true,
  parameters: [
    { name: '@acctname', type: SYSNAME, default: null },
    { name: '@option', type: { kind: 'char', length: 10 }, default: null },
    { name: '@privilege', type: { kind: 'varchar', length: 10 }, default: null, output: true },
  ],
  async run(ctx, args) {
    const account = text(args.value('@acctname'));
    if (account !== undefined) {
      await ctx.executeSql(`RAISERROR(15404, -1, -1, ${nstr(account)}, ${ERROR_NONE_MAPPED});`);
      return 1;
    }
    await ctx.executeSql(`SELECT CAST(p.name AS sysname) AS [account name],
    CAST(CASE p.type WHEN 'G' THEN 'group' ELSE 'user' END AS char(8)) AS [type],
    CAST(CASE WHEN IS_SRVROLEMEMBER('sysadmin', p.name) = 1 THEN 'admin' ELSE 'user' END AS char(9)) AS [privilege],
    CAST(p.name AS sysname) AS [mapped login name], CAST(NULL AS sysname) AS [permission path]
  FROM sys.server_principals p WHERE p.type IN ('U', 'G') ORDER BY [account name]`);
    return 0;
  },
};
