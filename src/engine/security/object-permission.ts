// The permission check behind SELECT/INSERT/UPDATE/DELETE/EXECUTE (the query engine's hook,
// sql/permissions.ts). SQL Server's rules, simplified to what msxd stores: sysadmin, dbo and
// db_owner members pass; a DENY (object, schema or database level, to the user or any of its
// roles) beats every GRANT; the fixed roles db_datareader/db_datawriter grant and
// db_denydatareader/db_denydatawriter deny; owning the object's schema grants. Otherwise 229.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import { applicablePermissions, ciKey, type PermissionRow } from '../../store/index';
import type { Scope } from '../interpreter/scope';
import { storageOf } from '../ddl/storage-of';
import type { ObjectPermission, PermissionObject } from '../sql/permissions';
import { chainsTo, enterModule } from './ownership-chain';
import { nodeMemo } from './node-memo';
import { databaseSecurity, grantees, type DatabaseSecurity } from './security-context';

const DB_DATAREADER = 16390;
const DB_DATAWRITER = 16391;
const DB_DENYDATAREADER = 16392;
const DB_DENYDATAWRITER = 16393;

type Verdict = 'grant' | 'deny' | 'none';

/** The answer for the object as a whole, the column rows (for 230) and the object's owner. */
interface ObjectDecision {
  readonly verdict: Verdict;
  readonly rows: readonly PermissionRow[];
  readonly ownerId: number | undefined;
}

function fixedRoleVerdict(sec: DatabaseSecurity, permission: ObjectPermission): Verdict {
  const reading = permission === 'SELECT';
  const writing = permission === 'INSERT' || permission === 'UPDATE' || permission === 'DELETE';
  if ((reading && sec.roles.includes(DB_DENYDATAREADER)) || (writing && sec.roles.includes(DB_DENYDATAWRITER))) return 'deny';
  if ((reading && sec.roles.includes(DB_DATAREADER)) || (writing && sec.roles.includes(DB_DATAWRITER))) return 'grant';
  return 'none';
}

function decide(scope: Scope, sec: DatabaseSecurity, object: PermissionObject, permission: ObjectPermission): ObjectDecision {
  const s = storageOf(scope);
  const owner = objectOwner(scope, sec.database, object.objectId);
  const schemaId = owner?.schema_id ?? -1;
  const ownerId = owner?.principal_id;
  if (ownerId !== undefined && chainsTo(scope.frame, sec.database, ownerId)) return { verdict: 'grant', rows: [], ownerId };
  const rows = applicablePermissions(s, sec.database, object.objectId, schemaId, grantees(sec), [permission, 'CONTROL']);
  const whole = rows.filter((r) => r.minorId === 0);
  const fixed = fixedRoleVerdict(sec, permission);
  if (fixed === 'deny' || whole.some((r) => r.state === 'D')) return { verdict: 'deny', rows, ownerId };
  if (fixed === 'grant' || whole.length > 0) return { verdict: 'grant', rows, ownerId };
  if (ownerId !== undefined && sec.userId !== null && ownerId === sec.userId) return { verdict: 'grant', rows, ownerId };
  return { verdict: 'none', rows, ownerId };
}

/** the object's schema and that schema's owner, kept per node while the catalogue is unchanged */
function objectOwner(scope: Scope, database: string, objectId: number): { schema_id: number; principal_id: number } | undefined {
  const s = storageOf(scope);
  const id = scope.engine.store.getDatabase(database)?.databaseId;
  const read = (): { schema_id: number; principal_id: number } | undefined => {
    const db = s.sqliteSchema(database);
    return s.get<{ schema_id: number; principal_id: number }>(
      `SELECT o.schema_id, sc.principal_id FROM ${db}.__msxd_objects o JOIN ${db}.__msxd_schemas sc ON sc.schema_id = o.schema_id
        WHERE o.object_id = ?`, [objectId]);
  };
  return id === undefined ? read() : nodeMemo(scope, `owner\u0000${id}\u0000${objectId}`, read);
}

/** SQL Server raises 229 with state 5 for object permissions. */
function denied(object: PermissionObject, permission: ObjectPermission): Error {
  return sqlErrorWithState(229, 5, permission, object.name, object.database, object.schema);
}

/** Throws 916 when the session has no user in the object's database. */
function securityFor(scope: Scope, database: string): DatabaseSecurity {
  const sec = databaseSecurity(scope, database);
  if (sec.userId === null) throw sqlError(916, scope.session.login.loginName, sec.database);
  return sec;
}

/** An access that names its columns (SELECT list, UPDATE SET) gets the column-level check (230). */
type ObjectAccess = PermissionObject & { readonly columns?: readonly string[] };

/**
 * Temporary tables need no grant: a #table is its creating session's alone (it owns it), and a
 * ##table is open to every session, as in SQL Server, whatever the login's rights in tempdb.
 */
function isTemporaryTable(object: PermissionObject): boolean {
  return object.name.startsWith('#') && object.database.toLowerCase() === 'tempdb';
}

export function checkObjectPermission(scope: Scope, object: ObjectAccess, permission: ObjectPermission): void {
  if (isTemporaryTable(object)) return;
  if (object.columns && object.columns.length > 0) {
    checkColumnPermissions(scope, object, permission, object.columns);
    return;
  }
  if (scope.session.isSysadmin || object.kind === 'systemView' || object.objectId === 0) return;
  const sec = securityFor(scope, object.database);
  if (sec.isDbOwner) return;
  const d = decide(scope, sec, object, permission);
  if (d.verdict === 'grant') {
    // runTsqlProcedure checks EXECUTE with the procedure's own frame: its body chains from here.
    if (object.kind === 'procedure' && d.ownerId !== undefined) enterModule(scope.frame, sec.database, d.ownerId);
    return;
  }
  // Column grants alone do not allow the whole object; the caller checks columns (230) when it
  // knows them, so a statement naming only granted columns goes through checkColumnPermissions.
  throw denied(object, permission);
}

/**
 * Column-level check (230) for a statement that names `columns` of the object (SELECT list,
 * UPDATE SET). Call it instead of checkObjectPermission when the columns are known.
 */
export function checkColumnPermissions(scope: Scope, object: PermissionObject, permission: ObjectPermission,
  columns: readonly string[]): void {
  if (scope.session.isSysadmin || object.kind === 'systemView' || object.objectId === 0 || isTemporaryTable(object)) return;
  const sec = securityFor(scope, object.database);
  if (sec.isDbOwner) return;
  const d = decide(scope, sec, object, permission);
  if (d.verdict === 'deny') throw denied(object, permission);
  // the owner of the object's schema is not subject to column DENYs
  if (d.ownerId !== undefined && d.ownerId === sec.userId) return;
  const columnRows = d.rows.filter((r) => r.minorId !== 0);
  if (columnRows.length === 0) {
    if (d.verdict === 'grant') return;
    throw denied(object, permission);
  }
  const ids = columnIds(scope, sec.database, object.objectId);
  for (const c of columns) {
    const id = ids.get(ciKey(c));
    const mine = columnRows.filter((r) => r.minorId === id);
    const ok = mine.some((r) => r.state !== 'D') || (d.verdict === 'grant' && mine.length === 0);
    if (mine.some((r) => r.state === 'D') || !ok) {
      throw sqlError(230, permission, c, object.name, object.database, object.schema);
    }
  }
}

function columnIds(scope: Scope, database: string, objectId: number): Map<string, number> {
  const s = storageOf(scope);
  const rows = s.all<{ column_id: number; name_key: string }>(
    `SELECT column_id, name_key FROM ${s.sqliteSchema(database)}.__msxd_columns WHERE object_id = ?`, [objectId]);
  return new Map(rows.map((r) => [r.name_key, r.column_id]));
}

/** The check as a yes/no answer (HAS_PERMS_BY_NAME). */
export function hasObjectPermission(scope: Scope, object: PermissionObject, permission: ObjectPermission): boolean {
  try {
    checkObjectPermission(scope, object, permission);
    return true;
  } catch (e) {
    if (e instanceof SqlError) return false;
    throw e;
  }
}
