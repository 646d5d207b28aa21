// Re-raises on the target what the master's sp_enlist_tsx raised (14363, 14297, 15003 ...), with
// the master's number: the catalogue is the same on both nodes, so the arguments are recovered
// from the formatted text by the message's own template. A text that does not fit its template
// (another product at the master) is reported through 22026 with the master's wording.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { messageDef } from '../../../errors/catalog';
import { raise } from '../shared/agent-sql';
import type { RemoteMessage } from './remote-msx';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** the arguments a catalogue template was formatted with, or undefined when `text` does not fit it */
export function argumentsOf(template: string, text: string): (string | number)[] | undefined {
  const kinds: ('s' | 'n')[] = [];
  let pattern = '';
  let last = 0;
  const spec = /%[-+ 0#]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:I64|h|l)?(S_MSG|[sdiuxXoc%])/g;
  for (let m = spec.exec(template); m; m = spec.exec(template)) {
    pattern += escapeRegex(template.slice(last, m.index));
    last = m.index + m[0].length;
    const conv = m[1];
    if (conv === '%') { pattern += '%'; continue; }
    if (m[0].includes('*')) return undefined;
    if (conv === 's' || conv === 'S_MSG' || conv === 'c') { kinds.push('s'); pattern += '([\\s\\S]*?)'; }
    else { kinds.push('n'); pattern += '(-?\\d+)'; }
  }
  pattern += escapeRegex(template.slice(last));
  const match = new RegExp(`^${pattern}$`).exec(text);
  if (!match) return undefined;
  return kinds.map((k, i) => (k === 'n' ? Number(match[i + 1]) : match[i + 1] ?? ''));
}

/** raises each of the master's errors here; resolves to 1 */
export async function relayRemoteErrors(ctx: ProcedureContext, errors: readonly RemoteMessage[]): Promise<number> {
  for (const e of errors) {
    const def = messageDef(e.number);
    const args = def ? argumentsOf(def.text, e.message) : undefined;
    if (def && args) await raise(ctx, e.number, ...args);
    else await raise(ctx, 22026, `the MSX reported error ${e.number}: ${e.message}`);
  }
  return 1;
}
