// SQL Server Agent's registry values, kept per node in msdb.dbo.msxd_agent_settings (sql/0005):
// what xp_instance_regread / xp_instance_regwrite and sp_get/set_sqlagent_properties read and
// write. Keys are compared case-insensitively, as registry keys are.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { typed, type Typed } from '../../../types/typed-value';
import { execSql, queryRow, sqlParams, type SqlParams } from '../shared/agent-sql';
import { SYSNAME } from '../msx/param-types';

export const AGENT_KEY = 'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent';

/** What the agent procedures need, with SQL Server's defaults for absent values. */
export const AGENT_DEFAULTS = {
  JobHistoryMaxRows: 1000,
  JobHistoryMaxRowsPerJob: 100,
  MSXPollInterval: 60,
  MsxEncryptChannelOptions: 2,
  IdleCPUPercent: 10,
  IdleCPUDuration: 600,
} as const;

export type RegValue = { readonly type: 'REG_DWORD'; readonly value: number } | { readonly type: 'REG_SZ'; readonly value: string };

/** The key as stored: backslashes single, no leading/trailing backslash. */
export function normalizeKey(key: string): string {
  return key.replace(/\\+/g, '\\').replace(/^\\|\\$/g, '');
}

/**
 * The key and value name as variables: the texts below never change (parsed once), and the CI
 * columns compare case-insensitively by themselves, so the primary key serves the lookup (an
 * UPPER() on the column scanned every row, one per target's upload mark on a master).
 */
function keyParams(key: string, valueName: string, more: Readonly<Record<string, Typed>> = {}): SqlParams {
  return sqlParams({
    '@key': typed({ kind: 'nvarchar', length: 400 }, normalizeKey(key)),
    '@value_name': typed({ kind: 'nvarchar', length: 256 }, valueName),
    ...more,
  });
}

export async function readSetting(ctx: ProcedureContext, key: string, valueName: string): Promise<RegValue | undefined> {
  const r = await queryRow(ctx, `SELECT value_type, int_value, text_value FROM msdb.dbo.msxd_agent_settings
WHERE key_name = @key AND value_name = @value_name`, '', keyParams(key, valueName));
  if (!r) return undefined;
  return r.value_type === 'REG_DWORD' ? { type: 'REG_DWORD', value: Number(r.int_value) } : { type: 'REG_SZ', value: String(r.text_value ?? '') };
}

/** An Agent value (under AGENT_KEY) as a number, or `fallback` when absent or not numeric. */
export async function agentNumber(ctx: ProcedureContext, valueName: string, fallback: number): Promise<number> {
  const v = await readSetting(ctx, AGENT_KEY, valueName);
  if (v === undefined) return fallback;
  const n = Number(v.value);
  return Number.isFinite(n) ? n : fallback;
}

export async function writeSetting(ctx: ProcedureContext, key: string, valueName: string, v: RegValue): Promise<void> {
  const params = keyParams(key, valueName, {
    '@value_type': typed(SYSNAME, v.type),
    '@int_value': typed({ kind: 'int' }, v.type === 'REG_DWORD' ? v.value : null),
    '@text_value': typed({ kind: 'nvarchar', length: 'max' }, v.type === 'REG_SZ' ? v.value : null),
  });
  await execSql(ctx, `IF EXISTS (SELECT 1 FROM msdb.dbo.msxd_agent_settings WHERE key_name = @key AND value_name = @value_name)
  UPDATE msdb.dbo.msxd_agent_settings SET value_type = @value_type, int_value = @int_value, text_value = @text_value
  WHERE key_name = @key AND value_name = @value_name;
ELSE
  INSERT INTO msdb.dbo.msxd_agent_settings (key_name, value_name, value_type, int_value, text_value)
  VALUES (@key, @value_name, @value_type, @int_value, @text_value);`, false, params);
}
