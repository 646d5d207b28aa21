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
import type { SqlValue } from '../../../types/values';
import { queryRow, raise, sqlParams, type SqlParams } from '../shared/agent-sql';
import { downloadRowsSql } from './download-rows';
import { WAKE_REASON, type InstructionNotifier } from './instruction-notifier';
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

const serverParam = (server: string): SqlParams => sqlParams({ '@server': typed(SYSNAME, server) });

async function countFor(ctx: ProcedureContext, server: string): Promise<Count> {
  const row = await queryRow(ctx, COUNT, '', serverParam(server));
  const blocked = Number(row?.blocking ?? 0) > 0;
  return { pending: blocked ? 0 : Number(row?.pending ?? 0), blocked, last: Number(row?.last ?? 0) };
}

/** waits until there is something to download, a poll is requested, the deadline passes or the request is cancelled */
async function waitForWork(ctx: ProcedureContext, notifier: InstructionNotifier, server: string, deadline: number): Promise<{ count: Count; forced: boolean; epoch: number }> {
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
      case WAKE_REASON.posted:
        count = await countNoting(ctx, notifier, server, epoch);
        // posted yet not visible: the post's transaction has not committed; a blocked target stays blocked
        recheckMs = count.pending === 0 && !count.blocked ? FIRST_RECHECK_MS : 0;
        break;
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
 * target.
 */
async function acknowledge(ctx: ProcedureContext, server: string, through: SqlValue): Promise<void> {
  await ctx.executeSql(ACKNOWLEDGE, sqlParams({ '@server': typed(SYSNAME, server), '@through': typed(INT, through) }));
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
      await acknowledge(ctx, server, through);
      notifier.acknowledged(server, Number(through));
    }
    const { count, forced, epoch } = await waitForWork(ctx, notifier, server, Date.now() + seconds * 1000);
    if (ctx.signal.aborted) return 0;
    await ctx.resultSet([
      { name: 'pending_instructions', type: INT, nullable: false },
      { name: 'poll_requested', type: BIT, nullable: false },
    ], [[count.pending, forced]]);
    if (count.pending > 0 && Boolean(args.value('@return_instructions'))) {
      notifier.noteDelivered(server, epoch, count.last);
      await ctx.executeSql(FETCH, serverParam(server));
    }
    return 0;
  },
};
