// The TypeScript procedures bound to one database (home 'msdb': sp_add_job, sp_help_job, ...).
// SQL Server ships them as ordinary dbo procedures of msdb (type P, is_ms_shipped 1), so msxd
// shows them in that database's sys.objects / sys.procedures / sys.parameters and OBJECT_ID finds
// them, with no catalogue row: the registry is the one list of them, and a row per procedure would
// have to be kept in step with it at every start (added, removed, re-typed).
//
// Their ids are positive, as in SQL Server, and below the catalogue's first id, so no stored object
// can take one: a hash of the name (stable across starts and nodes), the next free id on the rare
// collision (in name order, so the same registry always gives the same ids).
import { ciKey, FIRST_USER_OBJECT_ID } from '../../store/index';
import type { ProcedureParameter, ProcedureRegistry } from '../procedure-registry';
import type { SystemViewContext } from '../sql/system-view-registry';
import { parameterRow } from './module-signature';
import { nameHash } from './name-hash';
import { SYSTEM_CREATE_DATE } from './system-objects';

export interface DatabaseProcedure {
  readonly objectId: number;
  readonly name: string;
  /** 'X' for a procedure SQL Server has as an extended one */
  readonly type: 'P' | 'X';
  readonly parameters: readonly ProcedureParameter[];
}

/** Ids from here up to the catalogue's first: far from SQL Server's small system-table ids. */
const FIRST_PROCEDURE_ID = 100_000;
const ID_SPAN = FIRST_USER_OBJECT_ID - FIRST_PROCEDURE_ID;

/** The id a procedure gets when no other name of its database took it first. */
export function databaseProcedureHashId(name: string): number {
  return FIRST_PROCEDURE_ID + (nameHash(`dbo.${name}`) % ID_SPAN);
}

interface DatabaseList {
  readonly list: readonly DatabaseProcedure[];
  readonly byName: ReadonlyMap<string, DatabaseProcedure>;
  readonly byId: ReadonlyMap<number, DatabaseProcedure>;
}

const EMPTY: DatabaseList = { list: [], byName: new Map(), byId: new Map() };

// Per registry (each engine has its own), then by lower-case database name.
const cache = new WeakMap<ProcedureRegistry, ReadonlyMap<string, DatabaseList>>();

function build(procedures: ProcedureRegistry): ReadonlyMap<string, DatabaseList> {
  const byDatabase = new Map<string, DatabaseProcedure[]>();
  const sorted = procedures.all().filter((d) => d.home !== 'system')
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  const taken = new Set<string>();
  for (const d of sorted) {
    let id = databaseProcedureHashId(d.name);
    while (taken.has(`${d.home}:${id}`)) id = id + 1 >= FIRST_USER_OBJECT_ID ? FIRST_PROCEDURE_ID : id + 1;
    taken.add(`${d.home}:${id}`);
    const list = byDatabase.get(d.home) ?? [];
    list.push({ objectId: id, name: d.name, type: d.extended ? 'X' : 'P', parameters: d.parameters });
    byDatabase.set(d.home, list);
  }
  return new Map([...byDatabase].map(([db, list]) => [db, {
    list, byName: new Map(list.map((p) => [ciKey(p.name), p])), byId: new Map(list.map((p) => [p.objectId, p])),
  }]));
}

function listOf(procedures: ProcedureRegistry, database: string): DatabaseList {
  let all = cache.get(procedures);
  if (!all) {
    all = build(procedures);
    cache.set(procedures, all);
  }
  return all.get(database.toLowerCase()) ?? EMPTY;
}

export function databaseProcedures(procedures: ProcedureRegistry, database: string): readonly DatabaseProcedure[] {
  return listOf(procedures, database).list;
}

/** the procedure `dbo.name` of `database` */
export function findDatabaseProcedure(procedures: ProcedureRegistry, database: string, name: string): DatabaseProcedure | undefined {
  return listOf(procedures, database).byName.get(ciKey(name));
}

export function databaseProcedureById(procedures: ProcedureRegistry, database: string, id: number): DatabaseProcedure | undefined {
  return listOf(procedures, database).byId.get(id);
}

const item = (i: number): string => `json_extract(value, '$[${i}]')`;

/**
 * Rows with __msxd_objects' columns (temp-catalog.ts OBJECT_COLUMNS) for the procedures of the
 * view's database: schema dbo (1), no parent, shipped; undefined when it has none.
 */
export function databaseProcedureObjectRows(ctx: SystemViewContext): string | undefined {
  const list = databaseProcedures(ctx.procedures, ctx.database);
  if (list.length === 0) return undefined;
  const rows = list.map((p) => [p.objectId, p.name, ciKey(p.name), p.type]);
  return `SELECT ${item(0)}, 1, ${item(1)}, ${item(2)}, ${item(3)}, 0, NULL, NULL, 1, ${SYSTEM_CREATE_DATE}, ${SYSTEM_CREATE_DATE}
    FROM json_each(${ctx.bind(JSON.stringify(rows))})`;
}

/**
 * Rows (object_id, params) for sys.parameters: params is the JSON array msxd_module_params gives
 * for a stored module. has_default_value is 0, as SQL Server shows it for its T-SQL procedures (it
 * keeps defaults for CLR objects only); undefined when the database has no such procedures.
 */
export function databaseProcedureParameterRows(ctx: SystemViewContext): string | undefined {
  const list = databaseProcedures(ctx.procedures, ctx.database);
  if (list.length === 0) return undefined;
  const rows = list.map((p) => [p.objectId, p.parameters.map((x, i) => parameterRow(x.name, i + 1, x.type, x.output === true, false, false))]);
  return `SELECT ${item(0)}, ${item(1)} FROM json_each(${ctx.bind(JSON.stringify(rows))})`;
}
