// What the node knows of its agent: its current session (the newest syssessions row, while a
// 'SQLAgent - Job Manager' session is connected; else the Agent cannot be notified) and whether a
// job is running in it (a sysjobactivity row with start_execution_date and no stop_execution_date). The agent's own
// refusal texts are repeated here because procedures may not import src/agent (layers); they
// must stay equal to src/agent/agent-messages.ts.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { formatMessage } from '../../../errors/catalog';
import { queryRow, raise } from '../shared/agent-sql';
import { glit } from '../shared/sql-text';

/** the program name of the Agent's polling connection (src/agent/node/credentials.ts) */
export const AGENT_PROGRAM_NAME = 'SQLAgent - Job Manager';

export const AGENT_TEXT = {
  alreadyRunning: 'SQLServerAgent Error: Request to run job %s (from %s) refused because the job is already running from a request by %s.',
  notRunning: 'SQLServerAgent Error: Request to stop job %s (from %s) refused because the job is not currently running.',
  agentNotRunning: 'SQLServerAgent is not currently running so it cannot be notified of this action.',
} as const;

/** 22022 with one of the agent's texts; resolves to 1 */
export async function agentRefusal(ctx: ProcedureContext, key: keyof typeof AGENT_TEXT, ...args: string[]): Promise<number> {
  return raise(ctx, 22022, formatMessage(AGENT_TEXT[key], args));
}

/**
 * The agent's current session id; undefined when the Agent is not running: no syssessions row
 * (it never started) or no live 'SQLAgent - Job Manager' session (it stopped or died; while alive
 * it polls every second on that connection).
 */
export async function agentSession(ctx: ProcedureContext): Promise<number | undefined> {
  const r = await queryRow(ctx, `SELECT MAX(session_id) AS id FROM msdb.dbo.syssessions
WHERE MSXD_PROGRAM_SESSIONS(N'${AGENT_PROGRAM_NAME}') > 0`);
  return r?.id === null || r?.id === undefined ? undefined : Number(r.id);
}

const SOURCE_NAMES: Record<string, string> = { 1: 'Schedule', 2: 'Alert', 3: 'Boot', 6: 'Idle' };

/**
 * When the job runs in the session: who asked for the run ("User sa" from the start request the
 * agent was handed, or the kind of source the agent recorded), else undefined.
 */
export async function runningRequest(ctx: ProcedureContext, sessionId: number, jobId: string): Promise<string | undefined> {
  const r = await queryRow(ctx, `SELECT a.run_requested_source AS source,
  (SELECT TOP (1) n.requested_by FROM msdb.dbo.msxd_agent_notifications AS n
   WHERE n.job_id = a.job_id AND n.op_type = N'J' AND n.action_type IN (N'S', N'R') ORDER BY n.notification_id DESC) AS requested_by
FROM msdb.dbo.sysjobactivity AS a
WHERE a.session_id = ${sessionId} AND a.job_id = ${glit(jobId)}
  AND a.start_execution_date IS NOT NULL AND a.stop_execution_date IS NULL`);
  if (!r) return undefined;
  const source = String(r.source ?? '');
  if (source === '4' && r.requested_by !== null && r.requested_by !== undefined) return String(r.requested_by);
  return SOURCE_NAMES[source] ?? (r.requested_by === null || r.requested_by === undefined ? 'User' : String(r.requested_by));
}
