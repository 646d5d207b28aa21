// sp_who [[@loginame =] 'login' | session_id | 'ACTIVE']: the sessions of the node, from
// sys.sysprocesses (all sessions for sysadmins, one's own otherwise, as VIEW SERVER STATE), with
// the session blocking each one in blk ("KILL (Transact-SQL)": "the blk column returned by
// sp_who"). 'ACTIVE' leaves out sessions waiting for the next command from the user.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-who-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { text } from './catalog-sql';
import { sessionFilter } from './session-filter';

export const spWho: ProcedureDefinition = {
  name: 'sp_who',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@loginame', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    await ctx.executeSql(`SELECT spid, ecid, status, loginame, hostname, CONVERT(char(5), blocked) AS blk,
    CAST(DB_NAME(dbid) AS nchar(128)) AS dbname, CAST(cmd AS nchar(16)) AS cmd, request_id
  FROM sys.sysprocesses ${sessionFilter(text(args.value('@loginame')))} ORDER BY spid`);
  },
};
