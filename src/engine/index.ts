// The engine's entry point: createEngine() gives the server an EngineHandle (api.ts).
import { platform } from 'node:os';
import type { NodeStore, VerifiedLogin } from '../store/api';
import type { AuthenticateResult, EngineHandle, EngineSession, LoginInfo, ServerIdentity, SessionControl } from './api';
import { ErrorLog } from './error-log';
import { ServerCounters } from './server-counters';
import { SILENT_LOGGER, type EngineContext, type EngineLogger } from './engine-context';
import { ParseCache } from './parse-cache';
import { LanguageBatches } from './parameterize/language-batches';
import { processOnlyServices, type NodeServices } from './node-services';
import { EMPTY_PROCEDURE_REGISTRY, type ProcedureRegistry } from './procedure-registry';
import { Session } from './session/session';
import { installCatalogAndSecurity, loginCanAccessDatabase } from './security/index';
import { hostPlatform, versionString } from './version-string';

export interface CreateEngineOptions {
  readonly identity: ServerIdentity;
  readonly store: NodeStore;
  /** the TypeScript procedures (src/procedures systemProcedures); none when omitted */
  readonly procedures?: ProcedureRegistry;
  readonly clock?: () => Date;
  readonly logger?: EngineLogger;
  /** open a store session per engine session (transactions in SQLite); off until tables exist */
  readonly storageSessions?: boolean;
  /** what the node knows of its services (server/ fills it); without it: this process, no agent */
  readonly services?: NodeServices;
}

export function createEngine(options: CreateEngineOptions): EngineHandle {
  installCatalogAndSecurity();
  const os = hostPlatform(platform());
  let descriptor = 0n;
  const engine: EngineContext = {
    identity: options.identity,
    store: options.store,
    procedures: options.procedures ?? EMPTY_PROCEDURE_REGISTRY,
    now: options.clock ?? (() => new Date()),
    logger: options.logger ?? SILENT_LOGGER,
    parseCache: new ParseCache(),
    languageBatches: new LanguageBatches(),
    platform: os,
    version: versionString(options.identity, os),
    services: options.services ?? processOnlyServices(new Date()),
    errorLog: new ErrorLog(),
    counters: new ServerCounters(),
    nextDescriptor: () => ++descriptor,
  };
  // authenticate() learns whether a login is sysadmin; openSession() receives only the name.
  const verified = new Map<string, VerifiedLogin>();
  return {
    identity: options.identity,
    async authenticate(loginName: string, password: string): Promise<AuthenticateResult> {
      engine.counters.connections++;
      const check = await options.store.checkLogin(loginName, password);
      switch (check.kind) {
        case 'ok':
          verified.set(check.login.loginName.toLowerCase(), check.login);
          return { kind: 'ok', loginName: check.login.loginName };
        case 'badCredentials':
          return { kind: 'failed' };
        case 'disabled':
          return { kind: 'disabled', loginName: check.loginName };
        default: {
          const never: never = check;
          throw new Error(`engine: unknown login check ${JSON.stringify(never)}`);
        }
      }
    },
    databaseExists: (name: string) => options.store.databaseExists(name),
    canAccessDatabase: (loginName: string, database: string) => loginCanAccessDatabase(options.store, loginName, database),
    openSession(login: LoginInfo, control?: SessionControl): EngineSession {
      const key = login.loginName.toLowerCase();
      const isSysadmin = verified.get(key)?.isSysadmin
        ?? options.store.listLogins().find((l) => l.name.toLowerCase() === key)?.isSysadmin ?? false;
      const storage = options.storageSessions ? options.store.openSession({ database: login.database }) : undefined;
      return new Session(engine, login, isSysadmin, storage, control);
    },
  };
}

export type { AuthenticateResult, EngineHandle, EngineSession, SessionControl } from './api';
export type { ProcedureRegistry, ProcedureDefinition, ProcedureContext, ProcedureArgs } from './procedure-registry';
export type { TransactionHost } from './session/transactions';
export type { LoggedError } from './error-log';
export type { NodeServices, ServiceState, ServiceStatus, ServiceStartup } from './node-services';
