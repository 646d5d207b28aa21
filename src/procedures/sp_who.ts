// sp_who [[@loginame =] 'login' | session_id | 'ACTIVE']: the sessions of the node, from
// sys.dm_exec_sessions (all sessions for sysadmins, one's own otherwise, as VIEW SERVER STATE).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-who-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';

function filter(arg: string | undefined): string {
  if (arg === undefined) return '';
  if (/^\s*\d+\s*$/.test(arg)) return `WHERE session_id = ${Number(arg)}`;
  if (arg.trim().toUpperCase() === 'ACTIVE') return "WHERE status <> 'sleeping'";
  return `WHERE login_name = ${nstr(arg)}`;
}

export const spWho: ProcedureDefinition = {
  name: 'sp_who',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@loginame', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    await ctx.executeSql(`SELECT CAST(session_id AS smallint) AS spid, CAST(0 AS smallint) AS ecid,
    CAST(status AS nchar(30)) AS status, CAST(login_name AS nchar(128)) AS loginame,
    CAST(host_name AS nchar(128)) AS hostname, CAST('0' AS char(5)) AS blk, CAST(DB_NAME(database_id) AS nchar(128)) AS dbname,
    CAST(CASE WHEN session_id = @@SPID THEN 'SELECT' ELSE 'AWAITING COMMAND' END AS nchar(16)) AS cmd,
    CAST(0 AS int) AS request_id
  FROM sys.dm_exec_sessions ${filter(text(args.value('@loginame')))} ORDER BY session_id`);
  },
};
