// SYNC-TIME (operation 8, SERVER): SQL Server's target sets its system clock to the master's. An
// msxd node does not own the machine's clock (NTP does, and a node is often not allowed to set
// it), so the honest answer is to measure and record instead of pretending: the target reads the
// master's UTC clock over the poll connection, and keeps what it saw in its Agent registry values
// (msxd's own names), readable with xp_instance_regread:
//   MsxdSyncTimeDate       REG_SZ   when the instruction was applied (ISO 8601, UTC, target clock)
//   MsxdMsxClockOffsetMs   REG_SZ   master's clock minus this node's (ms, signed, round-trip midpoint)
//   MsxdMsxTimeZoneOffset  REG_SZ   the minutes the instruction carries (target offset minus master offset)
// It logs the same facts (a warning when the clocks differ by more than a second) and is marked
// downloaded; the clock itself is left alone.
import sql, { type ConnectionPool } from 'mssql';
import type { ApplyContext } from './apply-context';

const AGENT_KEY = 'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent';
const NOTICEABLE_SKEW_MS = 1000;

export interface ClockReading {
  readonly offsetMs: number;
  readonly roundTripMs: number;
}

/** the master's UTC clock against ours, at the midpoint of one round trip */
export async function readMasterClock(master: ConnectionPool, now: () => number = Date.now): Promise<ClockReading> {
  const sent = now();
  const r = await master.request().query<{ utc: Date }>('SELECT SYSUTCDATETIME() AS utc');
  const received = now();
  const masterMs = r.recordset[0]?.utc.getTime();
  if (masterMs === undefined || Number.isNaN(masterMs)) throw new Error('SYNC-TIME: the master did not tell its time');
  return { offsetMs: Math.round(masterMs - (sent + received) / 2), roundTripMs: received - sent };
}

async function regWriteText(pool: ConnectionPool, valueName: string, value: string): Promise<void> {
  await pool.request().input('rootkey', sql.NVarChar(128), 'HKEY_LOCAL_MACHINE').input('key', sql.NVarChar(256), AGENT_KEY)
    .input('value_name', sql.NVarChar(128), valueName).input('type', sql.NVarChar(20), 'REG_SZ')
    .input('value', sql.NVarChar(4000), value).execute('master.dbo.xp_instance_regwrite');
}

export async function syncTime(ctx: ApplyContext, timeZoneOffsetMinutes: number): Promise<void> {
  const clock = await readMasterClock(ctx.master);
  await regWriteText(ctx.node, 'MsxdSyncTimeDate', new Date().toISOString());
  await regWriteText(ctx.node, 'MsxdMsxClockOffsetMs', String(clock.offsetMs));
  await regWriteText(ctx.node, 'MsxdMsxTimeZoneOffset', String(timeZoneOffsetMinutes));
  const skewed = Math.abs(clock.offsetMs) > NOTICEABLE_SKEW_MS;
  ctx.agent.log(`SYNC-TIME from ${ctx.info.msxServer} acknowledged, the system clock is not set (msxd does not own it): ` +
    `master clock offset ${clock.offsetMs} ms (round trip ${clock.roundTripMs} ms), time zone offset ${timeZoneOffsetMinutes} min` +
    (skewed ? '; the clocks differ by more than a second, synchronise them with NTP' : ''));
}
