// The agent's own refusal texts. SQL Server's sp_start_job / sp_stop_job report them to their
// caller as error 22022 (severity 16), whose text is whatever the agent answered (the same
// number carries "SQLServerAgent is not currently running so it cannot be notified of this
// action."), so the node raises 22022 with one of these texts.
import { formatMessage } from '../errors/catalog';

export const AGENT_REFUSAL_ERROR = { number: 22022, severity: 16 } as const;

export const AGENT_TEXT = {
  alreadyRunning: 'SQLServerAgent Error: Request to run job %s (from %s) refused because the job is already running from a request by %s.',
  notRunning: 'SQLServerAgent Error: Request to stop job %s (from %s) refused because the job is not currently running.',
  agentNotRunning: 'SQLServerAgent is not currently running so it cannot be notified of this action.',
} as const;

export function agentText(key: keyof typeof AGENT_TEXT, ...args: unknown[]): string {
  return formatMessage(AGENT_TEXT[key], args);
}
