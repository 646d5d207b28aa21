// sp_monitor ("sp_monitor (Transact-SQL)"): the node's activity counters since it started and
// since sp_monitor last ran, in the documented four result sets: last_run/current_run/seconds;
// cpu_busy, io_busy, idle as 'seconds(seconds since last run)-percent%'; packets_received,
// packets_sent, packet_errors and total_read, total_write, total_errors, connections as
// 'total(since last run)'. Values are the @@ functions it is built on, as SQL Server's own text
// does: @@CPU_BUSY and @@IDLE are the node process's CPU and idle time, @@CONNECTIONS the logins
// attempted (engine/process-times.ts, server-counters.ts). Not counted by msxd, so always 0:
// @@IO_BUSY (SQLite's I/O runs inside the CPU time), @@PACK_RECEIVED, @@PACK_SENT,
// @@PACKET_ERRORS, @@TOTAL_READ, @@TOTAL_WRITE, @@TOTAL_ERRORS.
// SQL Server keeps the last run in master.dbo.spt_monitor; msxd keeps it in the node's memory
// (lost at a restart, when the counters start again from 0 too): before the first run the last
// run is the node's start, with every counter 0. Permission: sysadmin, as documented.
import type { ProcedureContext, ProcedureDefinition } from '../engine/procedure-registry';
import type { SqlType } from '../types/sql-type';
import { typed } from '../types/typed-value';
import type { SqlValue } from '../types/values';

const COUNTERS = [
  '@@CPU_BUSY', '@@IO_BUSY', '@@IDLE', '@@PACK_RECEIVED', '@@PACK_SENT', '@@PACKET_ERRORS',
  '@@TOTAL_READ', '@@TOTAL_WRITE', '@@TOTAL_ERRORS', '@@CONNECTIONS',
] as const;
const DATETIME: SqlType = { kind: 'datetime' };
const TEXT: SqlType = { kind: 'varchar', length: 25 };
const MICROSECONDS_PER_SECOND = 1_000_000;

interface Snapshot {
  readonly at: SqlValue;
  readonly counters: readonly number[];
}

/** per node (server name and start time): what the last sp_monitor saw */
const lastRuns = new Map<string, Snapshot>();

async function readNow(ctx: ProcedureContext): Promise<{ key: string; start: SqlValue; now: SqlValue; ticks: number; counters: number[] }> {
  const [set] = await ctx.querySql(`SELECT @@SERVERNAME + N'|' + CONVERT(nvarchar(30), i.sqlserver_start_time, 126),
    i.sqlserver_start_time, GETDATE(), @@TIMETICKS, ${COUNTERS.join(', ')} FROM sys.dm_os_sys_info i`);
  const row = set!.rows[0]!;
  return { key: String(row[0]), start: row[1]!, now: row[2]!, ticks: Number(row[3]), counters: row.slice(4).map(Number) };
}

export const spMonitor: ProcedureDefinition = {
  name: 'sp_monitor',
  home: 'system',
  permission: 'sysadmin',
  parameters: [],
  async run(ctx) {
    const cur = await readNow(ctx);
    const last = lastRuns.get(cur.key) ?? { at: cur.start, counters: COUNTERS.map(() => 0) };
    lastRuns.set(cur.key, { at: cur.now, counters: cur.counters });
    const [elapsed] = await ctx.querySql('SELECT DATEDIFF(second, @last, @now)', new Map([['@last', typed(DATETIME, last.at)], ['@now', typed(DATETIME, cur.now)]]));
    const seconds = Number(elapsed!.rows[0]![0]);
    const wholeSeconds = (ticks: number): number => Math.floor((ticks * cur.ticks) / MICROSECONDS_PER_SECOND);
    const timeCell = (i: number): string => {
      const delta = cur.counters[i]! - last.counters[i]!;
      const percent = seconds > 0 ? Math.floor((delta * cur.ticks) / 10_000 / seconds) : 0;
      return `${wholeSeconds(cur.counters[i]!)}(${wholeSeconds(delta)})-${percent}%`;
    };
    const countCell = (i: number): string => `${cur.counters[i]!}(${cur.counters[i]! - last.counters[i]!})`;
    const text = (names: readonly string[]) => names.map((name) => ({ name, type: TEXT, nullable: true }));
    await ctx.resultSet([
      { name: 'last_run', type: DATETIME, nullable: true }, { name: 'current_run', type: DATETIME, nullable: true },
      { name: 'seconds', type: { kind: 'int' }, nullable: true },
    ], [[last.at, cur.now, seconds]]);
    await ctx.resultSet(text(['cpu_busy', 'io_busy', 'idle']), [[0, 1, 2].map(timeCell)]);
    await ctx.resultSet(text(['packets_received', 'packets_sent', 'packet_errors']), [[3, 4, 5].map(countCell)]);
    await ctx.resultSet(text(['total_read', 'total_write', 'total_errors', 'connections']), [[6, 7, 8, 9].map(countCell)]);
  },
};
