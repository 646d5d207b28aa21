import type { MessageDef } from '../message-def';

// What SQL Server Agent (the service, not msdb) answers through the procedures that notify it:
// 22022 carries the agent's own text ("SQLServerAgent Error: Request to run job ... refused ...",
// "SQLServerAgent is not currently running so it cannot be notified of this action."), see
// src/agent/agent-messages.ts. Kept apart from agent.ts, whose range is msdb's 14000-14999.
export const agentServiceMessages: Record<number, MessageDef> = {
  22022: { severity: 16, text: '%s' },
};
