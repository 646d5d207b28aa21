// The services SQL Server would run as Windows services, as the node's process knows them: the
// database engine (the node itself) and SQL Server Agent (which msxd runs inside the node's
// process when the node starts it). server/ fills this (src/server/node-services.ts); the engine
// reads it for sys.dm_server_services, which xp_servicecontrol reads in turn. The engine cannot
// ask src/agent or src/server itself (layers, src/README.md).

/** What a service is doing, as SQL Server's service states name it. */
export type ServiceStatus = 'stopped' | 'starting' | 'stopping' | 'running';

/** How the service starts: with the node, or never (`msxd serve --no-agent`). */
export type ServiceStartup = 'automatic' | 'disabled';

export interface ServiceState {
  readonly status: ServiceStatus;
  readonly startup: ServiceStartup;
  /** the process serving it; null while it does not run */
  readonly processId: number | null;
  /** when it last started; null when it never did in this process */
  readonly startedAt: Date | null;
  /** the operating-system account it runs as */
  readonly account: string;
  /** the executable (and script) that serves it */
  readonly filename: string;
}

export interface NodeServices {
  /** read at every query: the agent starts after the listener and can stop while the node runs */
  snapshot(): { readonly engine: ServiceState; readonly agent: ServiceState };
}

/** An engine created without a node (unit tests, benchmarks): it runs, no agent does. */
export function processOnlyServices(startedAt: Date): NodeServices {
  const engine: ServiceState = {
    status: 'running', startup: 'automatic', processId: process.pid, startedAt, account: '', filename: process.execPath,
  };
  const agent: ServiceState = { ...engine, status: 'stopped', startup: 'disabled', processId: null, startedAt: null };
  return { snapshot: () => ({ engine, agent }) };
}
