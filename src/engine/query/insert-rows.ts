// The INSERT row pipeline (also OUTPUT INTO and MERGE ... INSERT): column values converted to the
// column types, DEFAULTs, IDENTITY values (the catalogue's counter, or explicit values under
// SET IDENTITY_INSERT ON), computed columns, NOT NULL, CHECK and FOREIGN KEY checks, then the
// SQLite insert (UNIQUE failures -> 2627/2601). Runs inside the statement's write lock.
import { sqlError } from '../../errors/catalog';
import type { SessionStorage } from '../../store/api';
import type { Typed } from '../../types/typed-value';
import { identityInsertOn } from '../ddl/identity-insert';
import type { Scope } from '../interpreter/scope';
import type { WritableTable } from '../sql/source-types';
import { applyComputed, defaultValue, toColumn } from './column-values';
import { checkConstraints, checkForeignKeys, checkNotNull, type DmlVerb } from './constraints';
import type { OutputCollector } from './output-clause';
import { insertRow } from './table-rows';
import { recordScopeIdentity } from './scope-identity';

/** marks a VALUES cell written as DEFAULT */
export const DEFAULT_CELL: Typed = Object.freeze({ type: { kind: 'int' } as const, value: null });

/**
 * Inserts `rows` whose values are for the table columns at `targets` (indices into
 * table.columns). Returns the number of rows; sets the session's identity values.
 */
export function insertRows(scope: Scope, s: SessionStorage, table: WritableTable, targets: readonly number[], rows: readonly (readonly Typed[])[],
  output: OutputCollector | undefined, verb: DmlVerb, copyingIdentity = false): number {
  const identityIndex = table.columns.findIndex((c) => c.identity);
  const explicitIdentity = identityIndex >= 0 && targets.includes(identityIndex);
  if (explicitIdentity && !copyingIdentity && !identityInsertOn(scope.session, table)) throw sqlError(544, table.name);
  let lastIdentity: bigint | null = null;
  for (const values of rows) {
    const row: Typed[] = table.columns.map((c) => ({ type: c.type, value: null }));
    const provided = new Set<number>();
    targets.forEach((col, i) => {
      const v = values[i]!;
      if (v === DEFAULT_CELL) return;
      row[col] = toColumn(v, table.columns[col]!, table, scope);
      provided.add(col);
    });
    table.columns.forEach((c, i) => {
      if (provided.has(i) || i === identityIndex) return;
      row[i] = defaultValue(c, table, scope);
    });
    if (identityIndex >= 0) {
      if (explicitIdentity) {
        const v = row[identityIndex]!;
        if (v.value !== null) lastIdentity = BigInt(v.value as number | bigint);
      } else {
        const id = table.nextIdentity();
        row[identityIndex] = toColumn({ type: { kind: 'bigint' }, value: id }, table.columns[identityIndex]!, table, scope);
        lastIdentity = id;
      }
    }
    applyComputed(table, row, scope);
    checkNotNull(table, row, verb);
    checkConstraints(table, row, verb, scope);
    checkForeignKeys(s, table, row, verb);
    insertRow(s, table, row);
    output?.add({ inserted: row, deleted: null, action: 'INSERT' });
  }
  if (explicitIdentity && lastIdentity !== null) bumpIdentity(s, table, lastIdentity);
  if (lastIdentity !== null) {
    scope.session.identity = lastIdentity;
    recordScopeIdentity(scope.frame, lastIdentity);
  }
  return rows.length;
}

/** an explicit identity value above the counter moves the counter (SQL Server does the same) */
export function bumpIdentity(s: SessionStorage, table: WritableTable, value: bigint): void {
  if (table.objectId <= 0) return;
  const db = s.sqliteSchema(table.database);
  const row = s.get<{ identity_last: string | null }>(`SELECT identity_last FROM ${db}.__msxd_columns WHERE object_id = ? AND is_identity = 1`, [table.objectId]);
  if (!row) return;
  if (row.identity_last === null || BigInt(row.identity_last) < value) {
    s.run(`UPDATE ${db}.__msxd_columns SET identity_last = ? WHERE object_id = ? AND is_identity = 1`, [value.toString(), table.objectId]);
  }
}
