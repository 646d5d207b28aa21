// Database Mail's parameters (msdb.dbo.sysmail_configuration, sql/0015) as its readers take them:
// a value that is missing or not an integer gives the reader's default, an integer above the
// reader's maximum gives that maximum (instmsdb.sql's dbo.ConvertToInt(@value, @max, @default)).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { typed } from '../../../types/typed-value';
import { queryRow } from '../shared/index';
import { sqlParams } from '../shared/agent-sql';

export const MAIL_PARAMETER = {
  maxFileSize: 'MaxFileSize',
  prohibitedExtensions: 'ProhibitedExtensions',
  accountRetryAttempts: 'AccountRetryAttempts',
  accountRetryDelay: 'AccountRetryDelay',
} as const;

/** sysmail_help_configure_value_sp: the parameter's value, null when it has no row */
export async function configurationValue(ctx: ProcedureContext, name: string): Promise<string | null> {
  const row = await queryRow(ctx, 'SELECT paramvalue FROM msdb.dbo.sysmail_configuration WHERE paramname = @name',
    '', sqlParams({ '@name': typed({ kind: 'nvarchar', length: 256 }, name) }));
  return row?.paramvalue === null || row?.paramvalue === undefined ? null : String(row.paramvalue);
}

/** dbo.ConvertToInt: the integer value, `max` above it, `fallback` when absent or not an integer */
export function convertToInt(value: string | null, max: number, fallback: number): number {
  const text = (value ?? '').trim();
  if (!/^[+-]?\d+$/.test(text)) return fallback;
  const n = Number(text);
  return n > max ? max : n;
}

/** sp_isprohibited: the file's extension (after its last '.') is in the comma-separated list */
export function isProhibited(file: string, prohibited: string | null): boolean {
  const dot = file.lastIndexOf('.');
  if (file === '' || dot < 0) return false;
  const ext = file.slice(dot + 1).trimEnd().toUpperCase();
  return (prohibited ?? '').toUpperCase().split(',').some((e) => e.trim() === ext);
}
