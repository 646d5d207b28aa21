// sys.dm_server_services: the instance's services and their state ("sys.dm_server_services
// (Transact-SQL)"). msxd has two: the database engine (the node) and SQL Server Agent, which runs
// inside the node's process when the node starts it, so both rows name the node's process id.
// The facts come from the node (EngineContext.services, filled by src/server); the codes are the
// documented ones. Permission: SQL Server 2022 requires VIEW SERVER SECURITY STATE (2019 and
// earlier VIEW SERVER STATE); msxd has no server-level grants, so sysadmin alone may read it.
import { sqlError } from '../../errors/catalog';
import { fromJsDate } from '../../types/dates';
import { SqlDateTimeOffset, type SqlValue } from '../../types/values';
import { precededBy } from '../interpreter/preceding-errors';
import type { Scope } from '../interpreter/scope';
import type { ServiceStartup, ServiceState, ServiceStatus } from '../node-services';
import { col, nv, type SystemView } from './system-view';

const INT = { kind: 'int' } as const;

/** startup_type / startup_type_desc (0 and 1 are "Other": boot and system start; 3 Manual) */
export const STARTUP_TYPE = {
  automatic: { code: 2, desc: 'Automatic' },
  disabled: { code: 4, desc: 'Disabled' },
} as const satisfies Record<ServiceStartup, { code: number; desc: string }>;

/** status / status_desc (5 continue pending, 6 pause pending, 7 Paused never occur here) */
export const SERVICE_STATUS = {
  stopped: { code: 1, desc: 'Stopped' },
  starting: { code: 2, desc: 'Other (start operation pending)' },
  stopping: { code: 3, desc: 'Other (stop operation pending)' },
  running: { code: 4, desc: 'Running' },
} as const satisfies Record<ServiceStatus, { code: number; desc: string }>;

/** the service names of a default instance (msxd has no named instances) */
export const SERVICE_NAMES = {
  engine: 'SQL Server (MSSQLSERVER)',
  agent: 'SQL Server Agent (MSSQLSERVER)',
} as const;

const PERMISSION = 'VIEW SERVER SECURITY STATE';
const NVARCHAR_256 = 256;

export const dmServerServices: SystemView = {
  name: 'sys.dm_server_services',
  columns: [
    col('servicename', nv(256), false), col('startup_type', INT), col('startup_type_desc', nv(256), false),
    col('status', INT), col('status_desc', nv(256), false), col('process_id', INT),
    col('last_startup_time', { kind: 'datetimeoffset', scale: 7 }), col('service_account', nv(256), false),
    col('filename', nv(256), false), col('is_clustered', nv(1), false), col('cluster_nodename', nv(256)),
    col('instant_file_initialization_enabled', nv(1)),
  ],
  rows(scope) {
    requireServerState(scope);
    const { engine, agent } = scope.engine.services.snapshot();
    // instant file initialization "does not apply to other services such as the SQL Server Agent"
    return [serviceRow(SERVICE_NAMES.engine, engine, 'N'), serviceRow(SERVICE_NAMES.agent, agent, null)];
  },
};

/** sysadmin reads; others get 300 on the server permission the view needs, then 297 (as SQL Server) */
export function requireServerState(scope: Scope, permission: string = PERMISSION): void {
  if (scope.session.isSysadmin) return;
  throw precededBy(sqlError(297), sqlError(300, permission, 'server', 'master'));
}

function serviceRow(name: string, s: ServiceState, instantFileInit: string | null): SqlValue[] {
  const startup = STARTUP_TYPE[s.startup];
  const status = SERVICE_STATUS[s.status];
  return [
    name, startup.code, startup.desc, status.code, status.desc, s.processId, s.startedAt && dateTimeOffset(s.startedAt),
    s.account.slice(0, NVARCHAR_256), s.filename.slice(0, NVARCHAR_256), 'N', null, instantFileInit,
  ];
}

/** the instant in the node's time zone, as SQL Server shows its local start time */
function dateTimeOffset(d: Date): SqlDateTimeOffset {
  const utc = fromJsDate(d);
  return new SqlDateTimeOffset(utc.days, utc.ticks, -d.getTimezoneOffset());
}
