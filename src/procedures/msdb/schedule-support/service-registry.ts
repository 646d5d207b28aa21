// The Windows service keys of the instance's services, HKLM\SYSTEM\CurrentControlSet\Services\
// <MSSQLSERVER | SQLSERVERAGENT>: `Start` (REG_DWORD: 2 automatic, 3 manual, 4 disabled, the
// codes sys.dm_server_services.startup_type shows) and `ObjectName` (REG_SZ: the account the
// service runs as). SMO's JobServer reads both (ServiceStartMode, ServiceAccount). msxd's answers
// come from sys.dm_server_services, which the node fills; a caller who may not read that view
// (it needs sysadmin) reads the values as absent.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import type { RegValue } from './agent-settings';

const SERVICE_KEY = /^SYSTEM\\CurrentControlSet\\Services\\(MSSQLSERVER|SQLSERVERAGENT)\\?$/i;

const SERVICE_NAMES: Readonly<Record<string, string>> = {
  MSSQLSERVER: 'SQL Server (MSSQLSERVER)',
  SQLSERVERAGENT: 'SQL Server Agent (MSSQLSERVER)',
};

/** undefined when `key` is not a service key of this instance (the caller looks elsewhere) */
export async function readServiceValue(ctx: ProcedureContext, key: string, valueName: string): Promise<RegValue | null | undefined> {
  const m = SERVICE_KEY.exec(key.trim());
  if (!m) return undefined;
  const column = { start: 'startup_type', objectname: 'service_account' }[valueName.trim().toLowerCase()];
  if (column === undefined) return null;
  const [allowed] = await ctx.querySql("SELECT ISNULL(IS_SRVROLEMEMBER(N'sysadmin'), 0);");
  if (allowed?.rows[0]?.[0] !== 1) return null;
  const [r] = await ctx.querySql(
    `SELECT CONVERT(int, startup_type), CONVERT(nvarchar(256), service_account) FROM sys.dm_server_services WHERE servicename = @service;`,
    new Map([['@service', { type: { kind: 'nvarchar', length: 256 }, value: SERVICE_NAMES[m[1]!.toUpperCase()]! }]]),
  );
  const row = r?.rows[0];
  if (row === undefined) return null;
  return column === 'startup_type' ? { type: 'REG_DWORD', value: Number(row[0]) } : { type: 'REG_SZ', value: String(row[1] ?? '') };
}
