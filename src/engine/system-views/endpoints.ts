// sys.endpoints and sys.tcp_endpoints: the node's one TDS endpoint, as SQL Server names its
// default TCP endpoint ('TSQL Default TCP', endpoint_id 4, owned by sa, STARTED). msxd listens
// on TCP only, so the shared-memory, named-pipes and DAC endpoints SQL Server also lists are
// absent. port is the port the node listens on (the session's local port: one listener), where
// SQL Server shows 0 and is_dynamic_port 1 for the default endpoint whose port is configured
// outside T-SQL; msxd shows the real port a script looks for.
import type { Scope } from '../interpreter/scope';
import { TCP_ENDPOINT_ID } from '../catalog/server-permissions-view';
import { col, nv, type SystemView } from './system-view';

const INT = { kind: 'int' } as const;
const TINYINT = { kind: 'tinyint' } as const;
const BIT = { kind: 'bit' } as const;

const ENDPOINT_COLUMNS = [
  col('name', nv(128), false), col('endpoint_id', INT, false), col('principal_id', INT), col('protocol', TINYINT, false),
  col('protocol_desc', nv(60)), col('type', TINYINT, false), col('type_desc', nv(60)), col('state', TINYINT),
  col('state_desc', nv(60)), col('is_admin_endpoint', BIT, false),
];

/** protocol 2 TCP, type 2 TSQL, state 0 STARTED (the documented codes) */
const ENDPOINT_ROW = ['TSQL Default TCP', TCP_ENDPOINT_ID, 1, 2, 'TCP', 2, 'TSQL', 0, 'STARTED', false] as const;

export const sysEndpoints: SystemView = {
  name: 'sys.endpoints',
  columns: ENDPOINT_COLUMNS,
  rows: () => [ENDPOINT_ROW],
};

export const sysTcpEndpoints: SystemView = {
  name: 'sys.tcp_endpoints',
  columns: [...ENDPOINT_COLUMNS, col('port', INT), col('is_dynamic_port', BIT), col('ip_address', nv(45))],
  rows: (scope: Scope) => [[...ENDPOINT_ROW, scope.session.login.localPort, false, null]],
};
