// xp_readerrorlog (master, undocumented extended procedure) and sp_readerrorlog (master, its
// documented wrapper): the node's error log, as a DBA reads SQL Server's ERRORLOG and the
// Agent's SQLAGENT.OUT. Parameters as SQL Server's: log number (0 current), log type (1 or NULL
// SQL Server, 2 SQL Server Agent), two search strings (both must occur), xp_readerrorlog's start
// and end time and sort order (N'asc' / N'desc'). What the log holds: error-log-reading.ts.
// SQL Server requires securityadmin (or sysadmin); msxd grants it to sysadmin.
import type { ProcedureArgs, ProcedureDefinition } from '../engine/procedure-registry';
import { sendErrorLog } from './error-log-reading';
import { intArg, strArg } from './msdb/schedule-support/params';

const INT = { kind: 'int' } as const;

function request(args: ProcedureArgs, logNumber: string, logType: string, s1: string, s2: string, extra: boolean): Parameters<typeof sendErrorLog>[1] {
  return {
    logNumber: intArg(args.value(logNumber)) ?? 0,
    logType: intArg(args.value(logType)) ?? 1,
    search1: strArg(args.value(s1)) ?? null,
    search2: strArg(args.value(s2)) ?? null,
    start: extra ? args.value('@p5') : null,
    end: extra ? args.value('@p6') : null,
    descending: extra && (strArg(args.value('@p7')) ?? '').trim().toLowerCase() === 'desc',
  };
}

export const xpReaderrorlog: ProcedureDefinition = {
  name: 'xp_readerrorlog',
  home: 'system',
  permission: 'sysadmin',
  extended: true,
  parameters: [
    { name: '@p1', type: INT, default: 0 },
    { name: '@p2', type: INT, default: null },
    { name: '@p3', type: { kind: 'nvarchar', length: 4000 }, default: null },
    { name: '@p4', type: { kind: 'nvarchar', length: 4000 }, default: null },
    { name: '@p5', type: { kind: 'datetime' }, default: null },
    { name: '@p6', type: { kind: 'datetime' }, default: null },
    { name: '@p7', type: { kind: 'nvarchar', length: 10 }, default: null },
  ],
  async run(ctx, args) {
    await sendErrorLog(ctx, request(args, '@p1', '@p2', '@p3', '@p4', true));
    return 0;
  },
};

export const spReaderrorlog: ProcedureDefinition = {
  name: 'sp_readerrorlog',
  home: 'system',
  permission: 'sysadmin',
  parameters: [
    { name: '@p1', type: INT, default: 0 },
    { name: '@p2', type: INT, default: null },
    { name: '@p3', type: { kind: 'nvarchar', length: 4000 }, default: null },
    { name: '@p4', type: { kind: 'nvarchar', length: 4000 }, default: null },
  ],
  async run(ctx, args) {
    await sendErrorLog(ctx, request(args, '@p1', '@p2', '@p3', '@p4', false));
    return 0;
  },
};
