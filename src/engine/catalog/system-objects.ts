// The system objects: the system views and the system procedures (sys.sp_who, sys.sp_executesql,
// sys.xp_instance_regread ...), which exist in every database. Stable negative object ids
// (OBJECT_ID('sys.objects') and OBJECT_ID('sp_who') are negative in SQL Server too) and their rows
// in sys.all_objects / sys.system_objects / sys.all_columns / sys.system_columns.
import { TYPESCRIPT_SYSTEM_FUNCTIONS, TYPESCRIPT_SYSTEM_VIEWS } from '../system-views';
import type { ProcedureRegistry } from '../procedure-registry';
import { ENGINE_PROCEDURE_NAMES } from '../rpc/engine-procedure-names';
import { registeredSystemViews } from '../sql/system-view-registry';
import type { SqlType } from '../../types/sql-type';
import { nameHash } from './name-hash';
import { maxLengthOf, precisionOf, scaleOf, systemTypeByName, typeNameOf } from './type-facts';

/**
 * sys.objects.type of a system object: a view, a T-SQL procedure, an extended procedure, a
 * table-valued function (sys.dm_exec_sql_text is 'IF' in SQL Server)
 */
export type SystemObjectType = 'V' | 'P' | 'X' | 'IF';

export interface SystemObject {
  readonly objectId: number;
  /** 'sys' or 'INFORMATION_SCHEMA' as SQL Server spells it */
  readonly schema: string;
  readonly schemaId: number;
  readonly name: string;
  readonly type: SystemObjectType;
  /** a view's or a function's result columns; none for a procedure */
  readonly columns: readonly { readonly name: string; readonly type: SqlType; readonly nullable: boolean }[];
}

/** SQL Server 2022's system objects carry the build date; msxd uses its RTM date (store ticks, as text). */
const DAYS_0001_TO_1970 = 719162;
export const SYSTEM_CREATE_DATE = (BigInt(Date.UTC(2022, 9, 8) / 86_400_000 + DAYS_0001_TO_1970) * 864_000_000_000n).toString();

/** FNV-1a of the lower-case two-part name, folded into negative ids below -1000. */
function systemObjectId(schema: string, name: string): number {
  return -(1000 + (nameHash(`${schema}.${name}`) % 1_000_000_000));
}

function build(schema: string, name: string, type: SystemObjectType, columns: SystemObject['columns']): SystemObject {
  const isInfo = schema.toLowerCase() === 'information_schema';
  const s = isInfo ? 'INFORMATION_SCHEMA' : 'sys';
  return { objectId: systemObjectId(s, name), schema: s, schemaId: isInfo ? 3 : 4, name, type, columns };
}

interface SystemObjectList {
  /** registered views when built: views register once at engine creation, later ones rebuild */
  readonly views: number;
  readonly list: readonly SystemObject[];
  /** by lower-case 'schema.name' */
  readonly byName: ReadonlyMap<string, SystemObject>;
  readonly byId: ReadonlyMap<number, SystemObject>;
}

// Per registry: every engine has its own procedures (tests run several nodes in one process).
const cache = new WeakMap<ProcedureRegistry, SystemObjectList>();

/**
 * The procedures of the sys schema: the registry's 'system' ones and those the engine runs itself
 * (sp_executesql and the prepare family, extended procedures in SQL Server). The database-bound
 * ones (msdb's) are dbo objects of their database (database-procedures.ts).
 */
function systemProcedures(procedures: ProcedureRegistry): SystemObject[] {
  const registered = procedures.all().filter((d) => d.home === 'system')
    .map((d) => build('sys', d.name, d.extended ? 'X' : 'P', []));
  return [...registered, ...ENGINE_PROCEDURE_NAMES.map((n) => build('sys', n, 'X', []))];
}

function listOf(procedures: ProcedureRegistry): SystemObjectList {
  const views = [...registeredSystemViews()];
  const cached = cache.get(procedures);
  if (cached && cached.views === views.length) return cached;
  const list = [
    ...views.map((v) => build(v.schema, v.name, 'V', v.columns)),
    ...TYPESCRIPT_SYSTEM_VIEWS.map((v) => build('sys', v.name.slice(4), 'V', v.columns)),
    ...TYPESCRIPT_SYSTEM_FUNCTIONS.map((f) => build('sys', f.name.slice(4), 'IF', f.columns)),
    ...systemProcedures(procedures),
  ];
  const built: SystemObjectList = {
    views: views.length, list,
    byName: new Map(list.map((o) => [`${o.schema}.${o.name}`.toLowerCase(), o])),
    byId: new Map(list.map((o) => [o.objectId, o])),
  };
  cache.set(procedures, built);
  return built;
}

export function systemObjects(procedures: ProcedureRegistry): readonly SystemObject[] {
  return listOf(procedures).list;
}

export function findSystemObject(procedures: ProcedureRegistry, schema: string, name: string): SystemObject | undefined {
  return listOf(procedures).byName.get(`${schema}.${name}`.toLowerCase());
}

/**
 * A one-part name's last resort: system procedures resolve without their schema from every
 * database (`EXEC sp_who`, `OBJECT_ID('sp_who')`); system views need `sys.` (SQL Server's rule too).
 */
export function findSystemProcedure(procedures: ProcedureRegistry, name: string): SystemObject | undefined {
  const o = findSystemObject(procedures, 'sys', name);
  return o && (o.type === 'P' || o.type === 'X') ? o : undefined;
}

export function systemObjectById(procedures: ProcedureRegistry, id: number): SystemObject | undefined {
  return id < 0 ? listOf(procedures).byId.get(id) : undefined;
}

const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** VALUES rows (object_id, name, schema_id, type) of the system objects. */
export function systemObjectValuesSql(procedures: ProcedureRegistry): string {
  return `VALUES ${systemObjects(procedures).map((o) => `(${o.objectId}, ${lit(o.name)}, ${o.schemaId}, ${lit(o.type)})`).join(', ')}`;
}

/** VALUES rows (object_id, name, column_id, system_type_id, user_type_id, max_length, precision, scale, is_nullable). */
export function systemColumnValuesSql(procedures: ProcedureRegistry): string {
  const rows = systemObjects(procedures).flatMap((o) => o.columns.map((c, i) => {
    const t = systemTypeByName(typeNameOf(c.type));
    return `(${o.objectId}, ${lit(c.name)}, ${i + 1}, ${t?.systemTypeId ?? 0}, ${t?.userTypeId ?? 0}, ${maxLengthOf(c.type)}, `
      + `${precisionOf(c.type)}, ${scaleOf(c.type)}, ${c.nullable ? 1 : 0})`;
  }));
  return `VALUES ${rows.join(', ')}`;
}
