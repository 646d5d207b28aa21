// The operands and WITH options of BACKUP/RESTORE, evaluated (variables read) and checked into
// plain settings. Options with no meaning for msxd's one-file-per-database disk backups are
// accepted and ignored (KNOWN_OPTIONS); options that would change what is written or
// restored and that msxd cannot honour are refused (40517), never silently dropped.
import type { BackupDevice, BackupNameRef, BackupOption, BackupOptionValue } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { convert } from '../../types/convert';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import type { Scope } from '../interpreter/scope';
import { notSupportedExpression } from '../statements/not-supported';
import { sqlError } from '../../errors/catalog';

/**
 * Every option msxd knows; those not read below are accepted with no effect: tape handling (NOREWIND/REWIND, NOUNLOAD/UNLOAD), transfer tuning
 * (BUFFERCOUNT, BLOCKSIZE, MAXTRANSFERSIZE), media labels checked before overwriting (SKIP/NOSKIP,
 * MEDIANAME, MEDIADESCRIPTION, RETAINDAYS/EXPIREDATE: msxd does not keep media labels), error
 * handling of damaged pages (CONTINUE_AFTER_ERROR, STOP_ON_ERROR: sets carry a checksum, always
 * checked), RESTART, and MOVE (one file per database: the node decides where it lives).
 */
const KNOWN_OPTIONS = new Set([
  'NOREWIND', 'REWIND', 'NOUNLOAD', 'UNLOAD', 'BUFFERCOUNT', 'BLOCKSIZE', 'MAXTRANSFERSIZE', 'SKIP', 'NOSKIP',
  'MEDIANAME', 'MEDIADESCRIPTION', 'RETAINDAYS', 'CONTINUE_AFTER_ERROR', 'STOP_ON_ERROR', 'RESTART', 'MOVE',
  'STATS', 'NO_CHECKSUM', 'CHECKSUM', 'KEEP_REPLICATION', 'KEEP_CDC', 'ENABLE_BROKER', 'ERROR_BROKER_CONVERSATIONS',
  'NEW_BROKER', 'DESCRIPTION', 'NAME', 'INIT', 'NOINIT', 'FORMAT', 'NOFORMAT', 'COPY_ONLY', 'COMPRESSION',
  'NO_COMPRESSION', 'REPLACE', 'FILE', 'RECOVERY', 'EXPIREDATE', 'NORECOVERY', 'STANDBY', 'DIFFERENTIAL',
]);

export interface BackupSettings {
  readonly overwrite: boolean;
  readonly copyOnly: boolean;
  readonly compressed: boolean;
  readonly name: string | null;
  readonly description: string | null;
  readonly expirationMs: number | null;
  /** STATS [= n]: "n percent processed." every n percent; undefined without STATS */
  readonly stats: number | undefined;
}

export interface RestoreSettings {
  readonly replace: boolean;
  /** FILE = n: the backup set's position, 1 when omitted */
  readonly file: number;
  readonly stats: number | undefined;
}

export function nameOf(ref: BackupNameRef, scope: Scope, line: number): string {
  return ref.kind === 'name' ? ref.name : variableText(ref.name, scope, line) ?? '';
}

/** The one disk path of a device list: several devices (striped media) and TAPE/URL are refused. */
export function devicePath(devices: readonly BackupDevice[], scope: Scope, line: number): string {
  const first = devices[0];
  if (!first) throw notSupportedExpression('RESTORE without FROM');
  if (devices.length > 1) throw notSupportedExpression('striped backup devices');
  if (first.type === 'TAPE' || first.type === 'URL') throw notSupportedExpression(first.type);
  const path = first.path.kind === 'string' ? first.path.value
    : first.path.kind === 'name' ? first.path.name : variableText(first.path.name, scope, line) ?? '';
  if (first.type === 'LOGICAL') throw sqlError(3206, path);
  return path;
}

export function backupSettings(options: readonly BackupOption[], scope: Scope, line: number): BackupSettings {
  const has = (name: string): boolean => options.some((o) => o.name === name);
  checkKnown(options);
  if (has('DIFFERENTIAL')) throw notSupportedExpression('DIFFERENTIAL');
  const compression = options.find((o) => o.name === 'COMPRESSION');
  if (compression?.list !== undefined) throw notSupportedExpression(`COMPRESSION (${compression.list})`);
  return {
    overwrite: has('INIT') || has('FORMAT'),
    copyOnly: has('COPY_ONLY'),
    compressed: compression !== undefined,
    name: text(options, 'NAME', scope, line),
    description: text(options, 'DESCRIPTION', scope, line),
    expirationMs: null,
    stats: statsOf(options, scope, line),
  };
}

export function restoreSettings(options: readonly BackupOption[], scope: Scope, line: number): RestoreSettings {
  checkKnown(options);
  if (options.some((o) => o.name === 'NORECOVERY')) throw notSupportedExpression('NORECOVERY');
  if (options.some((o) => o.name === 'STANDBY')) throw notSupportedExpression('STANDBY');
  const file = options.find((o) => o.name === 'FILE')?.value;
  return {
    replace: options.some((o) => o.name === 'REPLACE'),
    file: file ? Number(valueText(file, scope, line)) : 1,
    stats: statsOf(options, scope, line),
  };
}

/** STATS alone reports every 10 percent, as SQL Server does */
function statsOf(options: readonly BackupOption[], scope: Scope, line: number): number | undefined {
  const o = options.find((x) => x.name === 'STATS');
  if (!o) return undefined;
  const n = o.value ? Number(valueText(o.value, scope, line)) : 10;
  return Number.isInteger(n) && n > 0 && n <= 100 ? n : 10;
}

function checkKnown(options: readonly BackupOption[]): void {
  for (const o of options) if (!KNOWN_OPTIONS.has(o.name)) throw notSupportedExpression(o.name);
}

function text(options: readonly BackupOption[], name: string, scope: Scope, line: number): string | null {
  const v = options.find((o) => o.name === name)?.value;
  return v ? valueText(v, scope, line) : null;
}

function valueText(v: BackupOptionValue, scope: Scope, line: number): string | null {
  switch (v.kind) {
    case 'string': return v.value;
    case 'number': return String(v.value);
    case 'variable': return variableText(v.name, scope, line);
    default: {
      const never: never = v;
      throw new Error(`backup option value ${(never as BackupOptionValue).kind}`);
    }
  }
}

function variableText(name: string, scope: Scope, line: number): string | null {
  const v = unwrapVariant(evaluate({ kind: 'variable', line, name }, { scope }));
  if (v.value === null) return null;
  return isCharacter(v.type) ? String(v.value) : String(convert(v, { kind: 'nvarchar', length: 4000 }).value);
}
