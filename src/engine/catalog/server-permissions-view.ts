// sys.server_permissions: the server-level permissions msxd holds. msxd has no server-level
// GRANT (grant.ts refuses it), so the rows are the ones SQL Server creates itself: CONNECT SQL
// granted to every login by sa when the login is created, VIEW ANY DATABASE granted to the
// public server role, and CONNECT on the TDS endpoint ('TSQL Default TCP', endpoint 4) to public.
import type { SystemViewDefinition } from '../sql/system-view-registry';
import { char, columns, INT, nvarchar, TINYINT } from './view-columns';

/** principal_id of sa, the grantor of the permissions SQL Server creates (store server-schema.ts) */
const SA_ID = 1;
/** principal_id of the public server role */
const PUBLIC_ID = 2;
/** endpoint_id of 'TSQL Default TCP' (sys.endpoints) */
export const TCP_ENDPOINT_ID = 4;

export const sysServerPermissions: SystemViewDefinition = {
  schema: 'sys', name: 'server_permissions',
  columns: columns([
    ['class', TINYINT], ['class_desc', nvarchar(60), true], ['major_id', INT], ['minor_id', INT],
    ['grantee_principal_id', INT], ['grantor_principal_id', INT], ['type', char(4)], ['permission_name', nvarchar(128), true],
    ['state', char(1)], ['state_desc', nvarchar(60), true],
  ]),
  sql: (ctx) => `SELECT 100, 'SERVER', 0, 0, ${PUBLIC_ID}, ${SA_ID}, 'VWDB', 'VIEW ANY DATABASE', 'G', 'GRANT'
    UNION ALL SELECT 105, 'ENDPOINT', ${TCP_ENDPOINT_ID}, 0, ${PUBLIC_ID}, ${SA_ID}, 'CO  ', 'CONNECT', 'G', 'GRANT'
    UNION ALL SELECT 100, 'SERVER', 0, 0, p.principal_id, ${SA_ID}, 'COSQ', 'CONNECT SQL', 'G', 'GRANT'
      FROM ${ctx.masterSchema}.__msxd_server_principals p WHERE p.type = 'S'`,
};
