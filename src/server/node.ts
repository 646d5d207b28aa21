// One msxd node: store + engine + TLS material + TDS listener. A library object, not a singleton:
// tests and benchmarks run several in one process. main.ts is a thin CLI over it.
import { hostname } from 'node:os';
import pino, { type Logger } from 'pino';
import type { EngineHandle, ServerIdentity } from '../engine/api';
import { createEngine as createDefaultEngine } from '../engine';
import { createSystemProcedures } from '../procedures';
import { openNodeStore, type NodeStore } from '../store';
import { createTlsContexts } from '../tds/transport/tls-contexts';
import { PRODUCT_VERSION_STRING } from '../util/version';
import { AgentHost, type NodeAgentFactory } from './agent-host';
import { loadOrCreateCertificate } from './certificate';
import { TdsListener } from './listener';
import { LoginResponseCache } from './login-response';
import { LoginThrottle, type LoginThrottleOptions } from './login-throttle';
import { setUpMsdb } from './msdb-setup';
import { NodeServiceState } from './node-services';
import { createRemoteMsxHost } from './remote-msx-client';
import { chooseInitialSaPassword, persistGeneratedPassword } from './sa-password';
import { EngineSessionHandler } from './session-handler';
import { SpidAllocator } from './spid-allocator';

export type CreateEngine = (options: { identity: ServerIdentity; store: NodeStore }) => EngineHandle | Promise<EngineHandle>;

export interface MsxdNodeOptions {
  readonly host: string;
  /** 0 picks a free port; address() tells which */
  readonly port: number;
  readonly dataDir: string;
  readonly serverName: string;
  /** PEM certificate chain and key; without them a self-signed pair in <data>/tls/ is used */
  readonly certPem?: string;
  readonly keyPem?: string;
  /** refuse clients that will not encrypt the whole session */
  readonly forceEncryption?: boolean;
  /** sa's password when the data folder is created (else MSXD_SA_PASSWORD, else generated) */
  readonly saPassword?: string;
  readonly logger?: Logger;
  /** disconnect clients that have not logged in after this long (default 30 s) */
  readonly loginTimeoutMs?: number;
  readonly loginThrottle?: LoginThrottleOptions;
  /** largest request message in bytes (default: the framing's 16 MiB) */
  readonly maxMessageSize?: number;
  /** the engine factory (default: src/engine createEngine with the system procedures) */
  readonly createEngine?: CreateEngine;
  /** the node's SQL Server Agent: src/agent's createAgent (main.ts passes it); false or absent = none */
  readonly agent?: NodeAgentFactory | false;
}

const DEFAULT_LOGIN_TIMEOUT_MS = 30_000;

/** SQL Server 2022 Developer: EngineEdition 3 (Enterprise-class), what SMO expects of a full server */
function identityFor(serverName: string): ServerIdentity {
  return {
    serverName,
    machineName: serverName.split('\\')[0] ?? serverName,
    productVersion: PRODUCT_VERSION_STRING,
    productLevel: 'RTM',
    edition: 'Developer Edition (64-bit)',
    engineEdition: 3,
  };
}

export class MsxdNode {
  private stopping: Promise<void> | undefined;
  private agentHost: AgentHost | undefined;

  private constructor(
    private readonly listener: TdsListener,
    private readonly store: NodeStore,
    readonly logger: Logger,
    /** set when this start generated sa's password: where it was written (print it once) */
    readonly generatedSaPassword: { readonly password: string; readonly path: string } | undefined,
  ) {}

  static async start(options: MsxdNodeOptions): Promise<MsxdNode> {
    const logger = options.logger ?? defaultLogger();
    const services = new NodeServiceState(new Date(), Boolean(options.agent));
    const sa = await chooseInitialSaPassword(options.dataDir, options.saPassword, process.env);
    const { store, created } = await openNodeStore(options.dataDir, { initialSaPassword: sa.password });
    try {
      const generated =
        created && sa.generated ? { password: sa.password, path: await persistGeneratedPassword(options.dataDir, sa.password) } : undefined;
      const { certPem, keyPem } =
        options.certPem !== undefined && options.keyPem !== undefined
          ? { certPem: options.certPem, keyPem: options.keyPem }
          : await loadOrCreateCertificate(options.dataDir, options.serverName);
      const identity = identityFor(options.serverName);
      const engine = options.createEngine
        ? await options.createEngine({ identity, store })
        : createDefaultEngine({ identity, store, procedures: createSystemProcedures(createRemoteMsxHost({ store, dataDir: options.dataDir, logger })), storageSessions: true, services, logger: logger.child({ component: 'engine' }) });
      const applied = await setUpMsdb(engine, store);
      if (applied.length > 0) logger.info({ scripts: applied }, 'msdb scripts applied');
      const throttle = new LoginThrottle(options.loginThrottle);
      const spids = new SpidAllocator();
      const loginResponses = new LoginResponseCache(engine.identity.serverName);
      const listener = await TdsListener.listen({
        host: options.host,
        port: options.port,
        logger,
        createHandler: (connection) => new EngineSessionHandler({ engine, throttle, spids, loginResponses, logger }, connection),
        session: {
          tls: createTlsContexts(certPem, keyPem),
          forceEncryption: options.forceEncryption ?? false,
          loginTimeoutMs: options.loginTimeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS,
          ...(options.maxMessageSize !== undefined ? { maxMessageSize: options.maxMessageSize } : {}),
          logger,
        },
      });
      const node = new MsxdNode(listener, store, logger, generated);
      if (options.agent) {
        node.agentHost = await AgentHost.start({
          store, dataDir: options.dataDir, address: listener.address(), certPem,
          operatorCertificate: options.certPem !== undefined, logger, createAgent: options.agent,
        });
        services.attachAgent(node.agentHost);
      }
      return node;
    } catch (e) {
      await store.close();
      throw e;
    }
  }

  address(): { host: string; port: number } {
    return this.listener.address();
  }

  get connectionCount(): number {
    return this.listener.connectionCount;
  }

  /** Stops the agent (its running jobs recorded as canceled), then accepting, closes every session
   *  (rolling back open transactions), closes the store. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.agentHost?.stop();
      await this.listener.close();
      await this.store.close();
    })();
    return this.stopping;
  }
}

export function defaultLogger(): Logger {
  return pino(
    {
      level: process.env['MSXD_LOG_LEVEL'] ?? 'info',
      base: { name: 'msxd' },
      redact: { paths: ['password', '*.password', 'saPassword', '*.saPassword', 'keyPem', '*.keyPem'], censor: '[redacted]' },
    },
    pino.destination(2),
  );
}

export function defaultServerName(): string {
  return hostname().split('.')[0]!.toUpperCase();
}

