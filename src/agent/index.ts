// Public surface of the agent: build one from the credential file its node wrote, or from parts.
import path from 'node:path';
import type { Logger } from 'pino';
import { Agent, type AgentOptions } from './agent';
import { readCredentialsFile, type NodeCredentials } from './node/credentials';
import { MssqlAgentNode } from './node/mssql-node';
import { DatabaseMailTransport } from './notify/database-mail-transport';
import { readAgentMailAccount, recordOperatorNotified } from './node/mail-settings';
import { DbmailQueue } from './notify/dbmail-queue';
import { mssqlDbmailQueuePorts } from './node/dbmail-queue-client';
import { AGENT_STATE } from './agent';
import pino from 'pino';

export interface CreateAgentOptions extends Omit<AgentOptions, 'node' | 'mail' | 'closeNodeOnStop'> {
  readonly logger?: Logger;
}

/** Connects to the node named in `credentials` (TLS verified against its certificate). */
export async function createAgent(credentials: NodeCredentials | string, options: CreateAgentOptions = {}): Promise<Agent> {
  const creds = typeof credentials === 'string' ? readCredentialsFile(credentials) : credentials;
  const node = await MssqlAgentNode.connect(creds);
  // Database Mail (the Agent's profile, read from the node at each notification); the credential
  // file's smtp block only when the Agent does not use Database Mail.
  const transport = new DatabaseMailTransport({
    lookup: () => readAgentMailAccount(creds),
    record: (operatorId, at, method) => recordOperatorNotified(creds, operatorId, at, method),
    onRecordError: (err, operator) => options.logger?.warn({ err, operator: operator.name }, 'agent: could not record the notification in sysoperators'),
  }, creds.smtp ?? null);
  const mail = { transport, from: creds.smtp?.from ?? '' };
  // SQLDIR / SQLLOGDIR: msxd keeps its files (and writes this credential file) in its data directory.
  const dataDir = typeof credentials === 'string' ? path.dirname(path.resolve(credentials)) : undefined;
  const tokenPaths = options.tokenPaths ?? (dataDir !== undefined ? { sqlDir: dataDir, sqlLogDir: dataDir } : undefined);
  const performanceSampleMs = options.performanceSampleMs ?? performanceSampleMsFromEnvironment();
  const agent = new Agent({
    ...options, ...(performanceSampleMs === undefined ? {} : { performanceSampleMs }), node, mail, closeNodeOnStop: true,
    ...(tokenPaths ? { tokenPaths } : {}),
  });
  // Database Mail's queue (sp_send_dbmail) is sent while the agent runs, as SQL Server starts
  // DatabaseMail.exe beside its agent; stop() of the agent stops it (not awaited by stop()).
  const queue = new DbmailQueue(mssqlDbmailQueuePorts(creds), options.logger ?? pino({ level: 'silent' }));
  agent.on('agent:state', (state: unknown) => {
    if (state === AGENT_STATE.running) queue.start();
    if (state === AGENT_STATE.stopping || state === AGENT_STATE.stopped) void queue.stop();
  });
  agent.on('dbmail:queued', () => queue.wake());
  return agent;
}

/**
 * MSXD_AGENT_PERFORMANCE_SAMPLE_MS: the node's own agent samples its performance counters this
 * often instead of every 20 s (tests; SQL Server has no such setting).
 */
function performanceSampleMsFromEnvironment(): number | undefined {
  const ms = Number(process.env['MSXD_AGENT_PERFORMANCE_SAMPLE_MS'] ?? '');
  return Number.isInteger(ms) && ms > 0 ? ms : undefined;
}

export { Agent, AGENT_STATE, type AgentOptions, type AgentState, type StartJobResult } from './agent';
export type { AgentStatus } from './agent-status';
export type { AgentNode, AgentJob, AgentNotification } from './node-api';
export { readCredentialsFile, parseCredentials, type NodeCredentials } from './node/credentials';
export { MssqlAgentNode } from './node/mssql-node';
export { nextRunOnOrAfter, nextRunAfter, nextRunInts } from './schedule/next-run';
export { runJob, type HistoryRecord, type JobRunResult } from './runner/job-runner';
export { replaceTokens, type TokenContext, type AlertTokenValues } from './runner/tokens';
export { tokenContext, jobIdToken, type TokenFacts } from './runner/token-context';
export { runDate, runTime, runDuration, truncateMessage } from './history/encodings';
export { RUN_STATUS, RUN_REQUESTED_SOURCE } from '../codes/job-codes';
export { systemClock, type Clock } from './clock';
