// Messages the agent itself produces. Texts as in sys.messages; they belong in the one catalogue
// (src/errors) once registered there (see README, "Requests to other owners").
import type { MessageDef } from '../errors/message-def';
import { formatMessage } from '../errors/catalog';

export const agentMessages: Record<number, MessageDef> = {
  22022: {
    severity: 16,
    text: 'SQLServerAgent Error: Request to run job %s (from %s) refused because the job is already running from a request by %s.',
  },
};

export function agentMessage(number: number, ...args: unknown[]): string {
  const def = agentMessages[number];
  if (!def) throw new Error(`agent message ${number} is not defined`);
  return formatMessage(def.text, args);
}
