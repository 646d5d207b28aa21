// The permission hook every DML/SELECT/EXEC path calls before touching an object. Allow-all until
// the security engineer installs a checker with setPermissionChecker (it throws SqlError 229 etc.).
import type { Scope } from '../interpreter/scope';

export type ObjectPermission = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE' | 'EXECUTE';

export interface PermissionObject {
  readonly database: string;
  readonly schema: string;
  readonly name: string;
  /** catalogue object id; 0 for objects outside the catalogue (system views, temp tables) */
  readonly objectId: number;
  readonly kind: 'table' | 'view' | 'systemView' | 'procedure' | 'function';
}

/**
 * `columns`: for SELECT, the columns of the object the statement reads (select list, WHERE, JOIN,
 * ORDER BY ..., every column for `*`), so column-level GRANT/DENY (230) can be decided.
 */
export type PermissionChecker = (scope: Scope, object: PermissionObject, permission: ObjectPermission, columns?: readonly string[]) => void;

let checker: PermissionChecker = () => {};

export function setPermissionChecker(c: PermissionChecker): void {
  checker = c;
}

/** Throws the SQL Server error (229 ...) when the session may not; returns when it may. */
export function checkObjectPermission(scope: Scope, object: PermissionObject, permission: ObjectPermission): void {
  checker(scope, object, permission);
}

/** objects a statement reads, with the columns it reads of each */
export interface ObjectRead {
  readonly object: PermissionObject;
  readonly columns: Set<string>;
}

// The column list of each read, made once: a cached translation's reads are checked at every
// execution. A read's set only grows while its statement is translated, so an unchanged size is
// an unchanged set.
const columnLists = new WeakMap<ObjectRead, readonly string[]>();

export function checkReads(scope: Scope, reads: readonly ObjectRead[]): void {
  for (const r of reads) {
    let columns = columnLists.get(r);
    if (columns === undefined || columns.length !== r.columns.size) {
      columns = [...r.columns];
      columnLists.set(r, columns);
    }
    checker(scope, r.object, 'SELECT', columns);
  }
}
