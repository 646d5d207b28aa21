// INSERT BULK table (columns) [WITH (...)]: checks the target and the column list, then leaves a
// PendingBulk on the session; the rows come in the BulkLoadBCP message that follows (bulk-load.ts).
// Permissions as for bcp in / SqlBulkCopy ("bcp Utility", "BULK INSERT" permissions): INSERT on
// the table, and ALTER TABLE when constraints are skipped (no CHECK_CONSTRAINTS) or identity
// values are kept (the identity column is listed); msxd grants ALTER to sysadmin and db_owner only.
import { sqlError } from '../../errors/catalog';
import type { InsertBulkStatement } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { isComputed } from '../query/column-values';
import { dmlContext, resolveTarget } from '../query/dml-common';
import { isDbOwner } from '../security/require-permission';
import type { WritableTable } from '../sql/source-types';

/** returns false for the one failure SQL Server reports with a bare failed DONE (an unknown column) */
export function executeInsertBulk(stmt: InsertBulkStatement, scope: Scope): boolean {
  scope.session.pendingBulk = undefined;
  const target = resolveTarget({ kind: 'table', name: stmt.table, hints: [] }, dmlContext(scope), 'INSERT');
  const table = target.table;
  const targets: number[] = [];
  for (const [i, c] of stmt.columns.entries()) {
    if (c.type.kind === 'userType') throw sqlError(2715, i + 1, c.type.name.name);
    const at = table.columns.findIndex((col) => col.name.toLowerCase() === c.name.toLowerCase());
    if (at < 0) return false;
    if (targets.includes(at)) throw sqlError(264, c.name);
    if (isComputed(table, c.name)) throw sqlError(271, table.columns[at]!.name);
    targets.push(at);
  }
  if (needsAlter(stmt, table, targets) && !isDbOwner(scope, table.database)) {
    throw sqlError(4902, [stmt.table.database, stmt.table.schema, stmt.table.name].filter(Boolean).join('.'));
  }
  scope.session.pendingBulk = { table, targets, names: stmt.columns.map((c) => c.name), options: stmt.options };
  return true;
}

function needsAlter(stmt: InsertBulkStatement, table: WritableTable, targets: readonly number[]): boolean {
  const constraints = table.checks.length > 0 || table.foreignKeys.length > 0;
  const keepsIdentity = targets.some((i) => table.columns[i]!.identity);
  return (constraints && !stmt.options.checkConstraints) || keepsIdentity;
}
