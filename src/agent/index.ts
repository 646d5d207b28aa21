// Public surface of the agent: build one from the credential file its node wrote, or from parts.
import type { Logger } from 'pino';
import { Agent, type AgentOptions } from './agent';
import { readCredentialsFile, type NodeCredentials } from './node/credentials';
import { MssqlAgentNode } from './node/mssql-node';
import { DatabaseMailTransport } from './notify/database-mail-transport';
import { readAgentMailAccount, recordOperatorEmailed } from './node/mail-settings';

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
    record: (operatorId, at) => recordOperatorEmailed(creds, operatorId, at),
    onRecordError: (err, operator) => options.logger?.warn({ err, operator: operator.name }, 'agent: could not record the e-mail in sysoperators'),
  }, creds.smtp ?? null);
  const mail = { transport, from: creds.smtp?.from ?? '' };
  return new Agent({ ...options, node, mail, closeNodeOnStop: true });
}

export { Agent, AGENT_STATE, type AgentOptions, type AgentState, type StartJobResult } from './agent';
export type { AgentStatus } from './agent-status';
export type { AgentNode, AgentJob, AgentNotification } from './node-api';
export { readCredentialsFile, parseCredentials, type NodeCredentials } from './node/credentials';
export { MssqlAgentNode } from './node/mssql-node';
export { nextRunOnOrAfter, nextRunAfter, nextRunInts } from './schedule/next-run';
export { runJob, type HistoryRecord, type JobRunResult } from './runner/job-runner';
export { runDate, runTime, runDuration, truncateMessage } from './history/encodings';
export { RUN_STATUS, RUN_REQUESTED_SOURCE } from '../codes/job-codes';
export { systemClock, type Clock } from './clock';
