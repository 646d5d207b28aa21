// The node's own SQL Server Agent. SQL Server Agent is a separate service that logs in to its
// instance with a service account; here the node gives its agent a SQL login of its own
// (`##msxd_agent##`: the ## form is reserved for system principals, so no user login clashes),
// sysadmin as the Agent's service account is, with a long random password kept only in the
// credential file (<data>/agent-credentials.json, mode 0600) that the agent reads
// (src/agent/README.md "Credential file"). The agent is a TDS client of this node: it is started
// once the listener is up (the real port is known only then) and stopped before the listener.
// A failing agent never stops the node: the error is logged and TDS keeps being served.
// src/server may not import src/agent (layers), so the composition root (main.ts) hands the
// node `createAgent` as a factory.
import { randomBytes, X509Certificate } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { ServiceStatus } from '../engine';
import { CONFIGURATION_IDS, type NodeStore } from '../store';

export const AGENT_LOGIN = '##msxd_agent##';
export const AGENT_CREDENTIALS_FILE = 'agent-credentials.json';

export interface AgentHostOptions {
  readonly store: NodeStore;
  readonly dataDir: string;
  /** where the listener is bound (0.0.0.0 / :: are dialled on loopback) */
  readonly address: { readonly host: string; readonly port: number };
  readonly certPem: string;
  /** the certificate was given on the command line: its PEM goes into the credential file */
  readonly operatorCertificate: boolean;
  readonly logger: Logger;
  readonly createAgent: NodeAgentFactory;
}

/** What the node needs of an agent (src/agent's `Agent`). */
export interface NodeAgent {
  start(): Promise<void>;
  /** resolves once running jobs are stopped and recorded as canceled */
  stop(): Promise<void>;
  /** src/agent's status() snapshot: its state name and start time (epoch ms, 0 before it ran) */
  status(): { readonly state: string; readonly startedAt: number };
}

/** The agent's state names (src/agent AGENT_STATE) as service states; 'created' is about to start. */
const AGENT_SERVICE_STATUS: Readonly<Record<string, ServiceStatus>> = {
  created: 'starting', starting: 'starting', running: 'running', stopping: 'stopping', stopped: 'stopped',
};

/** src/agent's `createAgent`: an agent for the node described by a credential file. */
export type NodeAgentFactory = (credentialsFile: string, options: { readonly logger: Logger }) => Promise<NodeAgent>;

interface CredentialFile {
  readonly host: string;
  readonly port: number;
  readonly login: string;
  readonly password: string;
  readonly certificateFile?: string;
  readonly certificatePem?: string;
  readonly serverName?: string;
}

/** Owns the running agent (or the fact that it could not start). */
export class AgentHost {
  private constructor(
    private readonly agent: NodeAgent | undefined,
    private readonly log: Logger,
    private readonly store: NodeStore,
  ) {}

  /** Never rejects: a failure is logged and the node runs without its agent. */
  static async start(options: AgentHostOptions): Promise<AgentHost> {
    const log = options.logger.child({ component: 'agent' });
    let agent: NodeAgent | undefined;
    try {
      const path = await writeCredentials(options);
      agent = await options.createAgent(path, { logger: log });
      await agent.start();
      log.info('SQL Server Agent started');
    } catch (e) {
      log.error({ err: errorText(e) }, 'SQL Server Agent could not start; the node serves TDS without its agent');
      await agent?.stop().catch(() => undefined);
      return new AgentHost(undefined, log, options.store);
    }
    const host = new AgentHost(agent, log, options.store);
    await host.setAgentXps(1);
    return host;
  }

  get running(): boolean {
    return this.agent !== undefined;
  }

  /** What sys.dm_server_services reports: an agent that could not start is stopped. */
  serviceStatus(): { readonly status: ServiceStatus; readonly startedAt: Date | null } {
    if (!this.agent) return { status: 'stopped', startedAt: null };
    const { state, startedAt } = this.agent.status();
    return { status: AGENT_SERVICE_STATUS[state] ?? 'stopped', startedAt: startedAt > 0 ? new Date(startedAt) : null };
  }

  /** Stops the agent; running jobs are stopped and recorded as canceled before this resolves. */
  async stop(): Promise<void> {
    if (!this.agent) return;
    try {
      await this.agent.stop();
      this.log.info('SQL Server Agent stopped');
    } catch (e) {
      this.log.error({ err: errorText(e) }, 'SQL Server Agent did not stop cleanly');
    }
    await this.setAgentXps(0);
  }

  /**
   * 'Agent XPs' follows the agent as SQL Server Agent makes it (1 when it starts, 0 when it
   * stops), configured and running at once. Only what sys.configurations / sp_configure show: the
   * agent's procedures work whatever the value. A failure is logged, never fatal.
   */
  private async setAgentXps(value: 0 | 1): Promise<void> {
    try {
      await this.store.setRunningConfiguration(CONFIGURATION_IDS.agentXps, value);
    } catch (e) {
      this.log.warn({ err: errorText(e), value }, "could not set the 'Agent XPs' configuration option");
    }
  }
}

/**
 * Makes sure the agent's login exists with the password of the credential file, then (re)writes
 * the file with the listener's real address. The password is reused while it still verifies, so
 * a restart does not rewrite the login; a missing file or a changed login gets a new one.
 */
async function writeCredentials(o: AgentHostOptions): Promise<string> {
  const path = join(o.dataDir, AGENT_CREDENTIALS_FILE);
  const previous = await readPassword(path);
  let password = previous;
  if (password === undefined || (await o.store.verifyLogin(AGENT_LOGIN, password)) === null) {
    password = randomBytes(32).toString('base64url');
    if (o.store.listLogins().some((l) => l.name === AGENT_LOGIN)) await o.store.changePassword(AGENT_LOGIN, password);
    else await o.store.createLogin(AGENT_LOGIN, password, { sysadmin: true, defaultDatabase: 'msdb' });
  }
  const file: CredentialFile = {
    host: dialHost(o.address.host),
    port: o.address.port,
    login: AGENT_LOGIN,
    password,
    ...(o.operatorCertificate ? { certificatePem: o.certPem } : { certificateFile: join(o.dataDir, 'tls', 'cert.pem') }),
    ...certificateName(o.certPem),
  };
  // write-then-rename: the agent never reads half a file, and the mode is 0600 from the start
  const tmp = `${path}.${process.pid}.tmp`;
  await fs.writeFile(tmp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  await fs.rename(tmp, path);
  return path;
}

async function readPassword(path: string): Promise<string | undefined> {
  try {
    const raw: unknown = JSON.parse(await fs.readFile(path, 'utf8'));
    const pw = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['password'] : undefined;
    return typeof pw === 'string' && pw !== '' ? pw : undefined;
  } catch {
    return undefined;
  }
}

function dialHost(bound: string): string {
  if (bound === '0.0.0.0') return '127.0.0.1';
  if (bound === '::' || bound === '::0') return '::1';
  return bound;
}

/**
 * The agent verifies the node's certificate against the name it dials, so it dials a DNS name
 * of the certificate: localhost when there is one (the self-signed certificate has it), else the
 * first DNS name; with none, the bound address is dialled and must be an IP SAN.
 */
function certificateName(certPem: string): { serverName?: string } {
  let names: string[];
  try {
    names = (new X509Certificate(certPem).subjectAltName ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.startsWith('DNS:'))
      .map((s) => s.slice(4));
  } catch {
    return {};
  }
  const name = names.find((n) => n.toLowerCase() === 'localhost') ?? names.find((n) => !n.includes('*'));
  return name === undefined ? {} : { serverName: name };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
