// The heartbeat of sp_sqlagent_probe_msx (systargetservers.last_poll_date and the target's local
// time, poll interval and zone), written for many probes with one UPDATE and one commit. Every
// commit fsyncs the WAL (synchronous=FULL): 10,000 targets polling every 60 s are 167 commits a
// second, each blocking the event loop for the fsync (0.2-2 ms on the test VM) and costing ~0.1 ms
// of CPU. Probes handled in the same turn of the event loop join one batch (TickBatch): the first
// (the leader) runs the UPDATE for all of them in its own session, and each answers its client
// only once that commit is done, so an answered probe's heartbeat survives kill -9 and power loss
// as before. No timer: while one commit's fsync blocks the loop the next requests pile up, and
// they are handled in one turn, so batches grow with the load by themselves. (Waiting 5 ms for
// company cost a polling target 0.5 ms more master CPU on the test VM, for the extra sleep and
// wake-up, where a loaded master gathered 10-12 heartbeats a batch without it.)
//
// A batch never reports an error to the leader's client: it runs in TRY/CATCH and its values are
// checked beforehand (a local time the probe's CONVERT style 111 could refuse is written by its
// own probe alone, as before). A batch that fails (lock timeout, the leader cancelled) leaves
// every member to write its heartbeat itself, with its own statement, errors and timeouts.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { typed, type Typed } from '../../../types/typed-value';
import { instructionNotifier } from './node-instruction-notifier';
import type { InstructionNotifier } from './instruction-notifier';
import { INT, nvarchar, SYSNAME } from './param-types';
import { TickBatch } from './tick-batch';

export interface Heartbeat {
  /** upper-cased server name, as stored */
  readonly server: string;
  /** 'YYYY/MM/DD HH:MM:SS', checked by heartbeatOf */
  readonly localTime: string;
  readonly pollInterval: number;
  readonly timeZoneAdjustment: number | null;
}

/** targets per UPDATE (and texts kept parsed: one per batch size) */
export const MAX_HEARTBEATS_PER_BATCH = 32;

const LOCAL_TIME = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const LOCAL_TIME_TYPE = nvarchar(100);

/**
 * The probe's heartbeat when a batch can write it exactly as the probe's own UPDATE would:
 * a named target and a local time in the agent's format that datetime holds. Otherwise undefined
 * (the probe writes it itself, with whatever conversion error SQL Server would give).
 */
export function heartbeatOf(server: string, localTime: unknown, pollInterval: number, timeZoneAdjustment: unknown): Heartbeat | undefined {
  if (server === '' || typeof localTime !== 'string' || !validLocalTime(localTime)) return undefined;
  if (!Number.isInteger(pollInterval)) return undefined;
  const tz = timeZoneAdjustment === null ? null : Number(timeZoneAdjustment);
  if (tz !== null && !Number.isInteger(tz)) return undefined;
  return { server, localTime, pollInterval, timeZoneAdjustment: tz };
}

function validLocalTime(text: string): boolean {
  const m = LOCAL_TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year < 1753 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const batches = new WeakMap<InstructionNotifier, TickBatch<Heartbeat, true>>();

/** batches written and heartbeats in them, every node of the process (tests, benchmark) */
export const heartbeatStats = { batches: 0, heartbeats: 0 };

/**
 * Writes `beat` with the other probes of this turn; true once committed, false
 * when the batch failed (the caller then writes it itself). The caller must not be inside a
 * transaction: the batch commits on its own.
 */
export async function recordHeartbeat(ctx: ProcedureContext, beat: Heartbeat): Promise<boolean> {
  const notifier = instructionNotifier(ctx);
  let batch = batches.get(notifier);
  if (batch === undefined) {
    batch = new TickBatch<Heartbeat, true>(0, MAX_HEARTBEATS_PER_BATCH);
    batches.set(notifier, batch);
  }
  const done = await batch.join(beat, (beats) => recordMany(ctx, beats)).catch(() => undefined);
  return done === true;
}

async function recordMany(ctx: ProcedureContext, beats: readonly Heartbeat[]): Promise<ReadonlyMap<Heartbeat, true>> {
  // two probes of one target in a batch: the later one's values, as two UPDATEs in turn would leave
  const latest = new Map<string, Heartbeat>();
  for (const b of beats) {
    latest.delete(b.server);
    latest.set(b.server, b);
  }
  const targets = [...latest.values()];
  const params = new Map<string, Typed>();
  targets.forEach((b, i) => {
    params.set(`@s${i}`, typed(SYSNAME, b.server));
    params.set(`@t${i}`, typed(LOCAL_TIME_TYPE, b.localTime));
    params.set(`@p${i}`, typed(INT, b.pollInterval));
    params.set(`@z${i}`, typed(INT, b.timeZoneAdjustment));
  });
  const sets = await ctx.querySql(batchText(targets.length), params);
  if (Number(sets[sets.length - 1]?.rows[0]?.[0] ?? 0) !== 1) throw new Error('heartbeat batch failed');
  heartbeatStats.batches++;
  heartbeatStats.heartbeats += targets.length;
  return new Map(beats.map((b) => [b, true]));
}

const texts = new Map<number, string>();

/** one text per batch size, values as variables: parsed and translated once per size */
function batchText(n: number): string {
  let text = texts.get(n);
  if (text !== undefined) return text;
  const each = (f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join(' ');
  text = `SET NOCOUNT ON;
BEGIN TRY
  UPDATE msdb.dbo.systargetservers
  SET last_poll_date = GETDATE(),
      local_time_at_last_poll = CASE server_name ${each((i) => `WHEN @s${i} THEN CONVERT(datetime, @t${i}, 111)`)} END,
      poll_interval = CASE server_name ${each((i) => `WHEN @s${i} THEN @p${i}`)} END,
      time_zone_adjustment = CASE server_name ${each((i) => `WHEN @s${i} THEN ISNULL(@z${i}, time_zone_adjustment)`)} END
  WHERE server_name IN (${Array.from({ length: n }, (_, i) => `@s${i}`).join(', ')});
  SELECT CONVERT(int, 1);
END TRY
BEGIN CATCH
  SELECT CONVERT(int, 0);
END CATCH`;
  texts.set(n, text);
  return text;
}
