// AST -> T-SQL for BACKUP and RESTORE.
import type { BackupDevice, BackupNameRef, BackupOption, BackupOptionValue, BackupStatement, RestoreStatement } from '../ast';
import { ident, str } from './print-expr';

function nameRef(r: BackupNameRef): string {
  return r.kind === 'variable' ? r.name : ident(r.name);
}

function device(d: BackupDevice): string {
  const path = d.path.kind === 'string' ? str(d.path.value, true) : nameRef(d.path);
  return d.type === 'LOGICAL' ? path : `${d.type} = ${path}`;
}

function value(v: BackupOptionValue): string {
  switch (v.kind) {
    case 'string': return str(v.value, true);
    case 'number': return String(v.value);
    case 'variable': return v.name;
    default: {
      const never: never = v;
      throw new Error(`unprintable option value ${(never as BackupOptionValue).kind}`);
    }
  }
}

function option(o: BackupOption): string {
  if (o.list !== undefined) return `${o.name} (${o.list})`;
  if (o.value === undefined) return o.name;
  if (o.to !== undefined) return `${o.name} ${value(o.value)} TO ${value(o.to)}`;
  return `${o.name} = ${value(o.value)}`;
}

function tail(options: readonly BackupOption[]): string {
  return options.length ? ` WITH ${options.map(option).join(', ')}` : '';
}

export function printBackup(s: BackupStatement | RestoreStatement): string {
  if (s.kind === 'backup') return `BACKUP ${s.target} ${nameRef(s.database)} TO ${s.devices.map(device).join(', ')}${tail(s.options)}`;
  const head = s.database ? `RESTORE ${s.action} ${nameRef(s.database)}` : `RESTORE ${s.action}`;
  const from = s.devices.length ? ` FROM ${s.devices.map(device).join(', ')}` : '';
  return `${head}${from}${tail(s.options)}`;
}
