// msxd-only (MSX side; SQL Server has no such procedure): the "waiting connection" of a target
// agent. Returns at once when the target has instructions it can download; otherwise the session
// waits (asynchronously, in this node's InstructionNotifier) until something posts for the target,
// a sysadmin runs sp_msxd_force_poll, @timeout_seconds pass, or the request is cancelled or its
// connection closes. One row: pending_instructions int (what sp_msxd_fetch_download_instructions
// would hand out now: 0 while an error row blocks the target), poll_requested bit (1 after
// sp_msxd_force_poll). Guarded like the other target procedures (229 / 14260).
// The target may let this connection carry the instructions themselves (no poll, no new login):
// @return_instructions = 1 adds, when instructions are pending, a second result set with the rows
// of sp_msxd_fetch_download_instructions (download-rows.ts); its next call passes
// @acknowledge_through = the last of them it applied, which marks them downloaded first, as
// sp_msxd_mark_download_instruction does on success. A failed row is not acknowledged: the target
// writes its error with sp_msxd_mark_download_instruction in an ordinary poll.
import type { ProcedureContext, ProcedureDefinition } from '../../../engine/procedure-registry';
import { typed } from '../../../types/typed-value';
import type { SqlType } from '../../../types/sql-type';
import type { SqlValue } from '../../../types/values';
import { queryRow, raise, sqlParams, type SqlParams } from '../shared/agent-sql';
import { downloadRowsSql, MANY_TARGETS_SQL, TARGET_SEPARATOR } from './download-rows';
import { targetKey, WAKE_REASON, type Acknowledgement, type Delivery, type InstructionNotifier } from './instruction-notifier';
import { instructionNotifier } from './node-instruction-notifier';
import { serverName } from './msx-sql';
import { BIT, INT, SYSNAME } from './param-types';
import { targetLoginFor } from './target-login-check';

const NAME = 'sp_msxd_wait_for_instructions';
export const MAX_WAIT_SECONDS = 3600;
/** after a post that the count does not show yet (its transaction is still open): look again soon */
const FIRST_RECHECK_MS = 50;
const MAX_RECHECK_MS = 1000;
/**
 * An idle target counted empty is not counted again while nothing is posted for it, for this
 * long: rows that change without a post (a DBA deleting an error row by hand) reach a waiting
 * target within this time, or at its next poll.
 */
const KNOWN_EMPTY_MS = 120_000;
const EMPTY: Count = { pending: 0, blocked: false, last: 0 };

interface Count {
  readonly pending: number;
  readonly blocked: boolean;
  /** the highest pending instance_id (0: none) */
  readonly last: number;
}

/** counts, noting an empty answer with the epoch read before the count */
async function countNoting(ctx: ProcedureContext, notifier: InstructionNotifier, server: string, epoch: number): Promise<Count> {
  const count = await countFor(ctx, server);
  if (count.pending === 0) notifier.noteEmpty(server, epoch);
  return count;
}

// values as variables (@server, @through): one parsed text for every target and call
const COUNT = `SELECT
  (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server = @server AND status = 0 AND error_message IS NULL) AS pending,
  (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server = @server AND error_message IS NOT NULL) AS blocking,
  (SELECT MAX(instance_id) FROM msdb.dbo.sysdownloadlist WHERE target_server = @server AND status = 0 AND error_message IS NULL) AS last`;
const FETCH = downloadRowsSql('@server');
const ACKNOWLEDGE = `SET NOCOUNT ON;
UPDATE msdb.dbo.sysdownloadlist SET status = 1, date_downloaded = GETDATE()
WHERE target_server = @server AND instance_id <= @through AND status = 0 AND error_message IS NULL;`;
// the acknowledgements of one turn: rows this node handed to their targets, by instance_id (clust)
const ACKNOWLEDGE_MANY = `SET NOCOUNT ON;
UPDATE msdb.dbo.sysdownloadlist SET status = 1, date_downloaded = GETDATE()
WHERE instance_id IN (SELECT CONVERT(int, value) FROM STRING_SPLIT(@ids, N',')) AND status = 0 AND error_message IS NULL;`;
const MAX_TEXT: SqlType = { kind: 'nvarchar', length: 'max' };

const serverParam = (server: string): SqlParams => sqlParams({ '@server': typed(SYSNAME, server) });

async function countFor(ctx: ProcedureContext, server: string): Promise<Count> {
  const row = await queryRow(ctx, COUNT, '', serverParam(server));
  const blocked = Number(row?.blocking ?? 0) > 0;
  return { pending: blocked ? 0 : Number(row?.pending ?? 0), blocked, last: Number(row?.last ?? 0) };
}

/**
 * The pending rows of every target in `servers`, one statement for all (run by the first of the
 * sessions woken together: TickBatch); a target without rows is left out.
 */
async function readDeliveries(ctx: ProcedureContext, servers: readonly string[]): Promise<ReadonlyMap<string, Delivery>> {
  const sets = await ctx.querySql(MANY_TARGETS_SQL, sqlParams({ '@targets': typed(MAX_TEXT, servers.join(TARGET_SEPARATOR)) }));
  const set = sets[sets.length - 1];
  const out = new Map<string, { columns: Delivery['columns']; rows: (readonly SqlValue[])[] }>();
  if (set === undefined) return out;
  const columns = set.columns.slice(1);
  for (const row of set.rows) {
    const server = targetKey(String(row[0]));
    let d = out.get(server);
    if (d === undefined) out.set(server, (d = { columns, rows: [] }));
    d.rows.push(row.slice(1));
  }
  return out;
}

/** this target's share of the rows read for the targets woken with it (undefined: none seen) */
async function sharedDelivery(ctx: ProcedureContext, notifier: InstructionNotifier, server: string): Promise<Delivery | undefined> {
  const k = targetKey(server);
  if (k.includes(TARGET_SEPARATOR)) return undefined;
  try {
    const d = await notifier.deliveries.join(k, (servers) => readDeliveries(ctx, servers));
    return d !== undefined && d.rows.length > 0 ? d : undefined;
  } catch {
    return undefined;
  }
}

const countOf = (d: Delivery): Count => ({ pending: d.rows.length, blocked: false, last: Math.max(...d.rows.map((r) => Number(r[0]))) });

interface Woken {
  readonly count: Count;
  readonly forced: boolean;
  readonly epoch: number;
  /** the rows read with the other targets woken by the same post */
  readonly delivery?: Delivery;
}

/** waits until there is something to download, a poll is requested, the deadline passes or the request is cancelled */
async function waitForWork(ctx: ProcedureContext, notifier: InstructionNotifier, server: string, deadline: number): Promise<Woken> {
  let epoch = notifier.epoch(server);
  let count = notifier.knownEmpty(server, KNOWN_EMPTY_MS) ? EMPTY : await countNoting(ctx, notifier, server, epoch);
  let recheckMs = 0;
  while (count.pending === 0 && !ctx.signal.aborted) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const waitedAt = epoch;
    const reason = await notifier.wait(server, recheckMs > 0 ? Math.min(recheckMs, left) : left, ctx.signal, epoch);
    epoch = notifier.epoch(server);
    switch (reason) {
      case WAKE_REASON.aborted:
        return { count, forced: false, epoch };
      case WAKE_REASON.forced:
        // nothing posted since the empty count: still empty, and a fan-out to every target stays cheap
        return { count: epoch === waitedAt ? count : await countFor(ctx, server), forced: true, epoch };
      case WAKE_REASON.timeout:
        if (recheckMs === 0) return { count, forced: false, epoch };
        count = await countNoting(ctx, notifier, server, epoch);
        recheckMs = Math.min(recheckMs * 2, MAX_RECHECK_MS);
        break;
      case WAKE_REASON.posted: {
        const delivery = await sharedDelivery(ctx, notifier, server);
        if (delivery !== undefined) return { count: countOf(delivery), forced: false, epoch, delivery };
        count = await countNoting(ctx, notifier, server, epoch);
        // posted yet not visible: the post's transaction has not committed; a blocked target stays blocked
        recheckMs = count.pending === 0 && !count.blocked ? FIRST_RECHECK_MS : 0;
        break;
      }
      default: {
        const never: never = reason;
        return never;
      }
    }
  }
  return { count, forced: false, epoch };
}

/**
 * @acknowledge_through: sp_msxd_mark_download_instruction's success path (status 1,
 * date_downloaded) for the caller's target's unread rows up to that instance_id. instance_id is
 * an identity and posts commit one at a time, so no row below it can still be unseen by the
 * target. Rows this node handed over are marked by instance_id together with the other
 * acknowledgements of the same turn (one statement, one commit); others by the target's own.
 */
async function acknowledge(ctx: ProcedureContext, notifier: InstructionNotifier, server: string, through: SqlValue): Promise<void> {
  const ids = notifier.deliveredThrough(server, Number(through));
  if (ids !== undefined && ids.length > 0) {
    const done = await notifier.acknowledgements.join({ target: server, instanceIds: ids }, (acks) => acknowledgeMany(ctx, acks)).catch(() => undefined);
    if (done === true) return;
  }
  await ctx.executeSql(ACKNOWLEDGE, sqlParams({ '@server': typed(SYSNAME, server), '@through': typed(INT, through) }));
}

async function acknowledgeMany(ctx: ProcedureContext, acks: readonly Acknowledgement[]): Promise<ReadonlyMap<Acknowledgement, true>> {
  const ids = acks.flatMap((a) => a.instanceIds);
  await ctx.executeSql(ACKNOWLEDGE_MANY, sqlParams({ '@ids': typed(MAX_TEXT, ids.join(',')) }));
  return new Map(acks.map((a) => [a, true]));
}

/** the target's rows as the second result set; remembered so that its acknowledgement can name them */
async function deliver(ctx: ProcedureContext, notifier: InstructionNotifier, server: string, woken: Woken): Promise<void> {
  let delivery = woken.delivery;
  if (delivery === undefined) {
    const sets = await ctx.querySql(FETCH, serverParam(server));
    delivery = sets[sets.length - 1];
    if (delivery === undefined) return;
  }
  const ids = delivery.rows.map((r) => Number(r[0]));
  notifier.noteDelivered(server, woken.epoch, Math.max(woken.count.last, ...ids), ids);
  await ctx.resultSet(delivery.columns, delivery.rows);
}


export const spMsxdWaitForInstructions: ProcedureDefinition = {
  name: NAME,
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@server_name', type: SYSNAME },
    { name: '@timeout_seconds', type: INT, default: 30 },
    { name: '@acknowledge_through', type: INT, default: null },
    { name: '@return_instructions', type: BIT, default: 0 },
  ],
  async run(ctx, args) {
    const notifier = instructionNotifier(ctx);
    // a target calls this every @timeout_seconds: its guard (two lookups) is trusted for a minute
    const caller = `${ctx.spid}\u0000${ctx.loginName}\u0000${String(args.value('@server_name'))}`;
    const server = notifier.verifiedCallers.has(caller) ? serverName(args.value('@server_name')) : await targetLoginFor(ctx, NAME, args.value('@server_name'));
    if (server === undefined) return raise(ctx, 14262, '@server_name', '');
    notifier.verifiedCallers.add(caller);
    const timeout = args.value('@timeout_seconds');
    const seconds = timeout === null ? 30 : Number(timeout);
    if (seconds < 0 || seconds > MAX_WAIT_SECONDS) return raise(ctx, 14266, '@timeout_seconds', `0..${MAX_WAIT_SECONDS}`);
    const through = args.value('@acknowledge_through');
    if (through !== null) {
      await acknowledge(ctx, notifier, server, through);
      notifier.acknowledged(server, Number(through));
    }
    const woken = await waitForWork(ctx, notifier, server, Date.now() + seconds * 1000);
    if (ctx.signal.aborted) return 0;
    await ctx.resultSet([
      { name: 'pending_instructions', type: INT, nullable: false },
      { name: 'poll_requested', type: BIT, nullable: false },
    ], [[woken.count.pending, woken.forced]]);
    if (woken.count.pending > 0 && Boolean(args.value('@return_instructions'))) await deliver(ctx, notifier, server, woken);
    return 0;
  },
};
