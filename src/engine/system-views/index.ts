// The explicit list of built-in views, found by (schema, name) from any database.
import type { ObjectName } from '../../tsql/ast';
import { dmExecInputBuffer } from './dm-exec-input-buffer';
import { dmExecRequests } from './dm-exec-requests';
import { dmExecSqlText } from './dm-exec-sql-text';
import { dmExecConnections, dmExecSessions } from './dm-exec-sessions';
import { dmOsHostInfo } from './dm-os-host-info';
import { dmOsPerformanceCounters } from './dm-os-performance-counters';
import { dmOsSysInfo } from './dm-os-sys-info';
import { dmOsWaitStats } from './dm-os-wait-stats';
import { MONITORING_VIEWS } from './monitoring-views';
import { FILE_SPACE_VIEWS } from './file-space-views';
import { dmServerServices } from './dm-server-services';
import { sysprocesses } from './sysprocesses';
import { sysServers } from './servers';
import type { SystemFunction } from './system-function';
import { sysEndpoints, sysTcpEndpoints } from './endpoints';
import { sysLoginToken, sysUserToken } from './security-tokens';
import type { SystemView } from './system-view';

/** every view computed in TypeScript: the catalogue lists them as system objects */
export const TYPESCRIPT_SYSTEM_VIEWS: readonly SystemView[] = [
  dmOsHostInfo, dmOsSysInfo, dmOsWaitStats, dmOsPerformanceCounters, dmExecSessions, dmExecConnections, dmExecRequests, dmServerServices, sysprocesses, sysServers,
  ...MONITORING_VIEWS, ...FILE_SPACE_VIEWS,
  sysEndpoints, sysTcpEndpoints, sysLoginToken, sysUserToken,
];

/**
 * SQL Server 2000's system tables kept as compatibility views: besides sys.name they answer to
 * dbo.name and an unqualified name in any database (master.dbo.sysprocesses, master..sysprocesses).
 */
const COMPATIBILITY_VIEWS = new Set(['sysprocesses']);

export function isCompatibilityView(name: string): boolean {
  return COMPATIBILITY_VIEWS.has(name.toLowerCase());
}

const VIEWS = new Map<string, SystemView>(TYPESCRIPT_SYSTEM_VIEWS.map((v) => [v.name, v]));

export function findSystemView(name: ObjectName): SystemView | undefined {
  if (name.server) return undefined;
  const schema = (name.schema ?? '').toLowerCase();
  if (schema !== 'sys') return undefined;
  return VIEWS.get(`sys.${name.name.toLowerCase()}`);
}

/** the table-valued functions computed in TypeScript (system-function.ts) */
export const TYPESCRIPT_SYSTEM_FUNCTIONS: readonly SystemFunction[] = [dmExecSqlText, dmExecInputBuffer];

const FUNCTIONS = new Map<string, SystemFunction>(TYPESCRIPT_SYSTEM_FUNCTIONS.map((f) => [f.name, f]));

export function findSystemFunction(name: ObjectName): SystemFunction | undefined {
  if (name.server || (name.schema ?? '').toLowerCase() !== 'sys') return undefined;
  return FUNCTIONS.get(`sys.${name.name.toLowerCase()}`);
}

export type { SystemView, ViewColumn } from './system-view';
export type { SystemFunction } from './system-function';
