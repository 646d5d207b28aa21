// The system views as objects: stable negative object ids (OBJECT_ID('sys.objects') is negative
// in SQL Server too) and their rows in sys.all_objects / sys.all_columns / sys.system_views.
import { dmExecConnections, dmExecSessions } from '../system-views/dm-exec-sessions';
import { dmOsHostInfo } from '../system-views/dm-os-host-info';
import { registeredSystemViews } from '../sql/system-view-registry';
import type { SqlType } from '../../types/sql-type';
import { maxLengthOf, precisionOf, scaleOf, systemTypeByName, typeNameOf } from './type-facts';

export interface SystemObject {
  readonly objectId: number;
  /** 'sys' or 'INFORMATION_SCHEMA' as SQL Server spells it */
  readonly schema: string;
  readonly schemaId: number;
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: SqlType; readonly nullable: boolean }[];
}

/** FNV-1a of the lower-case two-part name, folded into negative ids below -1000. */
function systemObjectId(schema: string, name: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${schema}.${name}`.toLowerCase()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return -(1000 + (h % 1_000_000_000));
}

function build(schema: string, name: string, columns: SystemObject['columns']): SystemObject {
  const isInfo = schema.toLowerCase() === 'information_schema';
  const s = isInfo ? 'INFORMATION_SCHEMA' : 'sys';
  return { objectId: systemObjectId(s, name), schema: s, schemaId: isInfo ? 3 : 4, name, columns };
}

let cached: { size: number; list: SystemObject[] } | undefined;

export function systemObjects(): readonly SystemObject[] {
  const registered = [...registeredSystemViews()];
  if (cached && cached.size === registered.length) return cached.list;
  const list = [
    ...registered.map((v) => build(v.schema, v.name, v.columns)),
    ...[dmOsHostInfo, dmExecSessions, dmExecConnections].map((v) => build('sys', v.name.slice(4), v.columns)),
  ];
  cached = { size: registered.length, list };
  return list;
}

export function findSystemObject(schema: string, name: string): SystemObject | undefined {
  const s = schema.toLowerCase();
  const n = name.toLowerCase();
  return systemObjects().find((o) => o.schema.toLowerCase() === s && o.name.toLowerCase() === n);
}

export function systemObjectById(id: number): SystemObject | undefined {
  return id < 0 ? systemObjects().find((o) => o.objectId === id) : undefined;
}

const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** VALUES rows (object_id, name, schema_id) of the system views. */
export function systemObjectValuesSql(): string {
  return `VALUES ${systemObjects().map((o) => `(${o.objectId}, ${lit(o.name)}, ${o.schemaId})`).join(', ')}`;
}

/** VALUES rows (object_id, name, column_id, system_type_id, user_type_id, max_length, precision, scale, is_nullable). */
export function systemColumnValuesSql(): string {
  const rows = systemObjects().flatMap((o) => o.columns.map((c, i) => {
    const t = systemTypeByName(typeNameOf(c.type));
    return `(${o.objectId}, ${lit(c.name)}, ${i + 1}, ${t?.systemTypeId ?? 0}, ${t?.userTypeId ?? 0}, ${maxLengthOf(c.type)}, `
      + `${precisionOf(c.type)}, ${scaleOf(c.type)}, ${c.nullable ? 1 : 0})`;
  }));
  return `VALUES ${rows.join(', ')}`;
}
