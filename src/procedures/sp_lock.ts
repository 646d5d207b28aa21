// sp_lock [[@spid1 =] spid1] [, [@spid2 =] spid2] ("sp_lock (Transact-SQL)"): the documented
// result set (spid, dbid, ObjId, IndId, Type, Resource, Mode, Status) read from sys.dm_tran_locks,
// so it has the locks msxd has: the write lock as a database lock (Type 'DB', Mode 'X', Status
// GRANT or WAIT, engine/system-views/dm-tran-locks.ts). ObjId and IndId are 0 as SQL Server shows
// them for a database lock. All sessions without arguments; @spid1 and/or @spid2 pick sessions.
// Permission: VIEW SERVER STATE (the view's: sysadmin in msxd; others get 300 then 297).
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { typed } from '../types/typed-value';

const INT = { kind: 'int' } as const;

export const spLock: ProcedureDefinition = {
  name: 'sp_lock',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@spid1', type: INT, default: null },
    { name: '@spid2', type: INT, default: null },
  ],
  async run(ctx, args) {
    const params = new Map([['@spid1', typed(INT, args.value('@spid1'))], ['@spid2', typed(INT, args.value('@spid2'))]]);
    await ctx.executeSql(`SELECT CONVERT(smallint, request_session_id) AS spid, CONVERT(smallint, resource_database_id) AS dbid,
    CONVERT(int, resource_associated_entity_id) AS ObjId, CONVERT(smallint, 0) AS IndId,
    CONVERT(nchar(4), CASE resource_type WHEN N'DATABASE' THEN N'DB' ELSE resource_type END) AS Type,
    CONVERT(nchar(32), resource_description) AS Resource, CONVERT(nvarchar(8), request_mode) AS Mode,
    CONVERT(nvarchar(5), request_status) AS Status
  FROM sys.dm_tran_locks
  WHERE (@spid1 IS NULL AND @spid2 IS NULL) OR request_session_id = @spid1 OR request_session_id = @spid2
  ORDER BY spid`, params);
  },
};
