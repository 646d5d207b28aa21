// msxd-only (MSX side; SQL Server has no such procedure): the "waiting connection" of a target
// agent. Returns at once when the target has instructions it can download; otherwise the session
// waits (asynchronously, in this node's InstructionNotifier) until something posts for the target,
// a sysadmin runs sp_msxd_force_poll, @timeout_seconds pass, or the request is cancelled or its
// connection closes. One row: pending_instructions int (what sp_msxd_fetch_download_instructions
// would hand out now: 0 while an error row blocks the target), poll_requested bit (1 after
// sp_msxd_force_poll). Guarded like the other target procedures (229 / 14260).
import type { ProcedureContext, ProcedureDefinition } from '../../../engine/procedure-registry';
import { queryRow, raise } from '../shared/agent-sql';
import { nlit } from '../shared/sql-text';
import { WAKE_REASON, type InstructionNotifier } from './instruction-notifier';
import { instructionNotifier } from './node-instruction-notifier';
import { BIT, INT, SYSNAME } from './param-types';
import { targetLoginFor } from './target-login-check';

const NAME = 'sp_msxd_wait_for_instructions';
export const MAX_WAIT_SECONDS = 3600;
/** after a post that the count does not show yet (its transaction is still open): look again soon */
const FIRST_RECHECK_MS = 50;
const MAX_RECHECK_MS = 1000;

interface Count {
  readonly pending: number;
  readonly blocked: boolean;
}

async function countFor(ctx: ProcedureContext, server: string): Promise<Count> {
  const name = nlit(server);
  const row = await queryRow(ctx, `SELECT
  (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server = ${name} AND status = 0 AND error_message IS NULL) AS pending,
  (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server = ${name} AND error_message IS NOT NULL) AS blocking`);
  const blocked = Number(row?.blocking ?? 0) > 0;
  return { pending: blocked ? 0 : Number(row?.pending ?? 0), blocked };
}

/** waits until there is something to download, a poll is requested, the deadline passes or the request is cancelled */
async function waitForWork(ctx: ProcedureContext, notifier: InstructionNotifier, server: string, deadline: number): Promise<{ count: Count; forced: boolean }> {
  let count = await countFor(ctx, server);
  let recheckMs = 0;
  while (count.pending === 0 && !ctx.signal.aborted) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const reason = await notifier.wait(server, recheckMs > 0 ? Math.min(recheckMs, left) : left, ctx.signal);
    switch (reason) {
      case WAKE_REASON.aborted:
        return { count, forced: false };
      case WAKE_REASON.forced:
        return { count: await countFor(ctx, server), forced: true };
      case WAKE_REASON.timeout:
        if (recheckMs === 0) return { count, forced: false };
        count = await countFor(ctx, server);
        recheckMs = Math.min(recheckMs * 2, MAX_RECHECK_MS);
        break;
      case WAKE_REASON.posted:
        count = await countFor(ctx, server);
        // posted yet not visible: the post's transaction has not committed; a blocked target stays blocked
        recheckMs = count.pending === 0 && !count.blocked ? FIRST_RECHECK_MS : 0;
        break;
      default: {
        const never: never = reason;
        return never;
      }
    }
  }
  return { count, forced: false };
}

export const spMsxdWaitForInstructions: ProcedureDefinition = {
  name: NAME,
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@server_name', type: SYSNAME },
    { name: '@timeout_seconds', type: INT, default: 30 },
  ],
  async run(ctx, args) {
    const server = await targetLoginFor(ctx, NAME, args.value('@server_name'));
    if (server === undefined) return raise(ctx, 14262, '@server_name', '');
    const timeout = args.value('@timeout_seconds');
    const seconds = timeout === null ? 30 : Number(timeout);
    if (seconds < 0 || seconds > MAX_WAIT_SECONDS) return raise(ctx, 14266, '@timeout_seconds', `0..${MAX_WAIT_SECONDS}`);
    const { count, forced } = await waitForWork(ctx, instructionNotifier(ctx), server, Date.now() + seconds * 1000);
    if (ctx.signal.aborted) return 0;
    await ctx.resultSet([
      { name: 'pending_instructions', type: INT, nullable: false },
      { name: 'poll_requested', type: BIT, nullable: false },
    ], [[count.pending, forced]]);
    return 0;
  },
};
