// Node-wide facts and services every session of one engine shares.
import type { NodeStore } from '../store/api';
import type { ServerIdentity } from './api';
import type { ErrorLog } from './error-log';
import type { NodeServices } from './node-services';
import type { ParseCache } from './parse-cache';
import type { LanguageBatches } from './parameterize/language-batches';
import type { ProcedureRegistry } from './procedure-registry';
import type { ServerCounters } from './server-counters';

export interface EngineLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export const SILENT_LOGGER: EngineLogger = { debug() {}, warn() {} };

export interface EngineContext {
  readonly identity: ServerIdentity;
  readonly store: NodeStore;
  readonly procedures: ProcedureRegistry;
  readonly now: () => Date;
  readonly logger: EngineLogger;
  readonly parseCache: ParseCache;
  /** client SQL batches, with simple parameterization (parameterize/) */
  readonly languageBatches: LanguageBatches;
  /** 'Linux', 'Windows': @@VERSION and sys.dm_os_host_info */
  readonly platform: string;
  readonly version: string;
  /** the node's services (sys.dm_server_services): the engine itself and SQL Server Agent */
  readonly services: NodeServices;
  /** errors logged (RAISERROR ... WITH LOG), read by the agent's alerts (error-log.ts) */
  readonly errorLog: ErrorLog;
  /** waits and requests since the node started (sys.dm_os_wait_stats, sys.dm_os_performance_counters) */
  readonly counters: ServerCounters;
  /** a fresh transaction descriptor, unique in this process */
  nextDescriptor(): bigint;
}
