// xp_instance_regread (master): reads one value of the instance's registry. msxd keeps the SQL
// Server Agent values per node in msdb.dbo.msxd_agent_settings; the services' Start/ObjectName come
// from sys.dm_server_services (schedule-support/service-registry.ts); any other value reads as absent.
// With @param (OUTPUT) the value is returned there (NULL when absent) and no result set is sent;
// otherwise one result set (Value, Data) with a row when the value exists. @no_output =
// N'no_output' (SMO's form) never sends the result set.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';
import { nlit } from './shared/sql-text';
import { readSetting } from './schedule-support/agent-settings';
import { readServiceValue } from './schedule-support/service-registry';
import { nvarcharParam, strArg } from './schedule-support/params';

export const xpInstanceRegread: ProcedureDefinition = {
  name: 'xp_instance_regread',
  home: 'system',
  permission: 'public',
  extended: true,
  parameters: [
    nvarcharParam('@rootkey', 512),
    nvarcharParam('@key', 512),
    nvarcharParam('@value_name', 256, null),
    { name: '@param', type: { kind: 'nvarchar', length: 4000 }, default: null, output: true },
    nvarcharParam('@no_output', 20, null),
  ],
  async run(ctx, args) {
    const root = (strArg(args.value('@rootkey')) ?? '').trim().toUpperCase();
    const key = strArg(args.value('@key')) ?? '';
    const valueName = strArg(args.value('@value_name')) ?? '';
    const service = root === 'HKEY_LOCAL_MACHINE' ? await readServiceValue(ctx, key, valueName) : undefined;
    const v = service !== undefined ? service ?? undefined : root === 'HKEY_LOCAL_MACHINE' ? await readSetting(ctx, key, valueName) : undefined;
    const value = v === undefined ? null : String(v.value);
    args.set('@param', value);
    const noOutput = (strArg(args.value('@no_output')) ?? '').trim().toLowerCase() === 'no_output';
    if (args.supplied('@param') || noOutput) return 0;
    const data = v === undefined ? 'NULL' : v.type === 'REG_DWORD' ? `CONVERT(int, ${v.value})` : nlit(v.value);
    await execSql(ctx, `SELECT CONVERT(nvarchar(256), ${nlit(valueName)}) AS Value, ${data} AS Data ${v === undefined ? 'WHERE 1 = 0' : ''};`);
    return 0;
  },
};
