// sp_enumerrorlogs [@p1 = 1]: the error logs of SQL Server (1) or SQL Server Agent (2), one row
// per file: `Archive #` (0 = the current log), `Date`, `Log File Size (Byte)`. SSMS's Management >
// SQL Server Logs and SQL Server Agent > Error Logs folders list them (SMO ErrorLog enumerators,
// which convert `Date` with CONVERT(datetime, Date, 101)).
//
// msxd writes no log files and keeps no archives: the current log of each service is the one
// begun when the service last started (sys.dm_server_services.last_startup_time), with size 0. A
// service that never started in this process (the agent under --no-agent) has no log. The
// agent's log is the one sp_get_sqlagent_properties names as errorlog_file (a stand-in path,
// msdb/schedule-support/agent-log-path.ts: the file is not written, hence size 0).
import type { ProcedureDefinition } from '../engine/procedure-registry';

const INT = { kind: 'int' } as const;

export const spEnumErrorLogs: ProcedureDefinition = {
  name: 'sp_enumerrorlogs',
  home: 'system',
  permission: 'sysadmin',
  parameters: [{ name: '@p1', type: INT, default: 1 }],
  async run(ctx, args) {
    const agent = Number(args.value('@p1') ?? 1) === 2;
    const service = agent ? 'SQL Server Agent (MSSQLSERVER)' : 'SQL Server (MSSQLSERVER)';
    const [services] = await ctx.querySql(
      // style 101 date and hh:mi, as xp_enumerrorlogs formats a file's time: 12/02/2026 05:59
      "SELECT CONVERT(varchar(10), last_startup_time, 101) + ' ' + CONVERT(varchar(5), last_startup_time, 108) FROM sys.dm_server_services WHERE servicename = @service AND last_startup_time IS NOT NULL;",
      new Map([['@service', { type: { kind: 'nvarchar', length: 256 }, value: service }]]),
    );
    const started = services?.rows[0]?.[0];
    await ctx.resultSet([
      { name: 'Archive #', type: INT, nullable: true },
      { name: 'Date', type: { kind: 'nvarchar', length: 24 }, nullable: true },
      { name: 'Log File Size (Byte)', type: INT, nullable: true },
    ], typeof started === 'string' ? [[0, started, 0]] : []);
    return 0;
  },
};
