// sp_who2 [[@loginame =] 'login' | session_id | 'ACTIVE']: SQL Server's undocumented companion of
// sp_who, one row per session from sys.sysprocesses with who blocks it (BlkBy), CPU, I/O and the
// last batch time. Its result as SQL Server's own procedure text builds it: SPID and REQUESTID
// char(5), Status upper case except 'sleeping', BlkBy '  .' when nothing blocks, LastBatch
// 'MM/DD hh:mm:ss', and SPID repeated at the end. 'ACTIVE' leaves out sessions awaiting a
// command. Sessions: every one for sysadmins, one's own otherwise (VIEW SERVER STATE).
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { text } from './catalog-sql';
import { sessionFilter } from './session-filter';

export const spWho2: ProcedureDefinition = {
  name: 'sp_who2',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@loginame', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    await ctx.executeSql(`SELECT CONVERT(char(5), spid) AS SPID,
    CASE LOWER(status) WHEN 'sleeping' THEN LOWER(status) ELSE UPPER(status) END AS Status,
    CAST(RTRIM(loginame) AS nvarchar(128)) AS Login, CAST(RTRIM(hostname) AS nvarchar(128)) AS HostName,
    CASE blocked WHEN 0 THEN CAST('  .' AS char(5)) ELSE CONVERT(char(5), blocked) END AS BlkBy,
    CAST(DB_NAME(dbid) AS nvarchar(128)) AS DBName, CAST(RTRIM(cmd) AS nvarchar(16)) AS Command,
    CONVERT(varchar(30), cpu) AS CPUTime, CONVERT(varchar(30), physical_io) AS DiskIO,
    SUBSTRING(CONVERT(varchar(30), last_batch, 111), 6, 5) + ' ' + SUBSTRING(CONVERT(varchar(30), last_batch, 113), 13, 8) AS LastBatch,
    CAST(RTRIM(program_name) AS nvarchar(128)) AS ProgramName, CONVERT(char(5), spid) AS SPID,
    CONVERT(char(5), request_id) AS REQUESTID
  FROM sys.sysprocesses ${sessionFilter(text(args.value('@loginame')))} ORDER BY spid`);
  },
};
