// Where a procedure finds its node's InstructionNotifier. ProcedureContext (an engine contract)
// has no room for node services, and procedures may not import server/ (layers), so the node's
// registry (createSystemProcedures) wraps every definition to hand the context on with the
// notifier under a private symbol. Nested EXECs resolve through the same registry, so every
// procedure a node runs sees that node's notifier. A registry built without a node (the static
// `systemProcedures`) falls back to one process-wide notifier: a wake there reaches a waiter of
// another such registry at worst, which only makes it count its instructions once more.
import type { ProcedureContext, ProcedureDefinition } from '../../../engine/procedure-registry';
import { typed } from '../../../types/typed-value';
import { queryRows, sqlParams } from '../shared/agent-sql';
import { INT } from './param-types';
import { InstructionNotifier } from './instruction-notifier';

const NOTIFIER = Symbol('msxd.instructionNotifier');

type ContextWithNotifier = ProcedureContext & { readonly [NOTIFIER]?: InstructionNotifier };

const processWide = new InstructionNotifier();

export function instructionNotifier(ctx: ProcedureContext): InstructionNotifier {
  return (ctx as ContextWithNotifier)[NOTIFIER] ?? processWide;
}

/** the definitions, each running with `notifier` reachable from its context (one per node) */
export function withInstructionNotifier(
  definitions: readonly ProcedureDefinition[], notifier: InstructionNotifier = new InstructionNotifier(),
): ProcedureDefinition[] {
  return definitions.map((d) => ({
    ...d,
    // the context is a plain object of values and closures: a copy with one more (symbol) key
    run: (ctx: ProcedureContext, args) => d.run({ ...ctx, [NOTIFIER]: notifier } as ContextWithNotifier, args),
  }));
}

/**
 * Called by postMsxOperation after it inserted rows: wakes the waits of the targets concerned.
 * `specific` = the one target posted to; otherwise the targets of the rows above instance_id
 * `above` (the post's own rows, perhaps with a concurrent post's: a needless wake only counts;
 * read in the posting session, so its own uncommitted rows count). Never fails the post: on an
 * error every wait is woken and counts for itself.
 */
export async function notifyPosted(ctx: ProcedureContext, specific: string | undefined, above = 0): Promise<void> {
  const notifier = instructionNotifier(ctx);
  // nobody waits: the epochs still move, or a target counted empty (or that acknowledged all it
  // was handed) would trust that at its next wait and miss this post for minutes
  if (notifier.waiting() === 0) {
    notifier.posted(specific === undefined ? undefined : [specific]);
    return;
  }
  if (specific !== undefined) {
    notifier.posted([specific]);
    return;
  }
  try {
    const rows = await queryRows(ctx, `SELECT DISTINCT target_server FROM msdb.dbo.sysdownloadlist
      WHERE instance_id > @above AND status = 0 AND error_message IS NULL`, '', sqlParams({ '@above': typed(INT, above) }));
    notifier.posted(rows.map((r) => String(r.target_server)));
  } catch {
    notifier.posted();
  }
}
