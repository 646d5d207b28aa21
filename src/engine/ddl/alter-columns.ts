// ALTER TABLE ADD column / DROP COLUMN / ALTER COLUMN on a catalogue table, through a rebuild.
import { sqlError } from '../../errors/catalog';
import type { SqlError } from '../../errors/sql-error';
import {
  ciKey, decodeValue, encodeValue, isCharacterType, listColumns, quoteIdent, type ColumnInfo, type SessionStorage, type StoredValue,
} from '../../store/index';
import type { ColumnDef } from '../../tsql/ast';
import { convert } from '../../types/convert';
import { SERVER_COLLATION } from '../../types/collation';
import { typed } from '../../types/typed-value';
import { evaluate, resolveTypeRef } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { convertForAssignment } from '../statements/assign';
import { columnDependents } from './column-dependencies';
import { defaultExpression } from './column-defaults';
import { keep, rebuildTable, type RebuildColumn } from './rebuild-table';
import { indexStatements } from './table-indexes';
import { typeComputedColumns } from './computed-type';
import { defaultNullability, planColumn, type PlannedColumn, type PlannedConstraint } from './table-plan';
import { insertColumn, type CatalogTable } from './table-writer';

function rowCount(s: SessionStorage, t: CatalogTable): number {
  return s.get<{ n: number }>(`SELECT count(*) AS n FROM ${t.db}.${quoteIdent(t.sqliteTable)}`)?.n ?? 0;
}

/** Adds columns; returns the constraints written on them (added by the caller after the rebuild). */
export function addColumns(scope: Scope, s: SessionStorage, t: CatalogTable, defs: readonly ColumnDef[], now: bigint): PlannedConstraint[] {
  const existing = listColumns(s, t.database, t.objectId);
  const constraints: PlannedConstraint[] = [];
  const planned = typeComputedColumns(scope, defs, defs.map((d) => planColumn(scope, t.name, d, constraints)), existing);
  const names = new Set(existing.map((c) => ciKey(c.name)));
  for (const p of planned) {
    if (names.has(ciKey(p.name))) throw sqlError(2705, p.name, t.name);
    names.add(ciKey(p.name));
  }
  if (planned.filter((p) => p.identity).length + existing.filter((c) => c.identity).length > 1) throw sqlError(2744, t.name);
  const rows = rowCount(s, t);
  for (const p of planned) {
    if (rows > 0 && !p.nullable && !p.defaultDefinition && !p.identity && !p.computedDefinition) throw sqlError(4901, p.name, t.name);
  }
  let columnId = Math.max(0, ...existing.map((c) => c.columnId));
  for (const p of planned) insertColumn(s, t, ++columnId, p, now);
  const all = listColumns(s, t.database, t.objectId);
  rebuildTable(s, t.db, t.sqliteTable, [...existing.map((c) => keep(c)), ...planned.map((p) => newColumn(scope, p))], indexStatements(s, t, all));
  for (const p of planned) {
    if (p.identity && rows > 0) {
      s.run(`UPDATE ${t.db}.__msxd_columns SET identity_last = ? WHERE object_id = ? AND name_key = ?`,
        [(p.identity.seed + BigInt(rows - 1) * p.identity.increment).toString(), t.objectId, ciKey(p.name)]);
    }
  }
  return constraints;
}

/** Existing rows get the identity sequence, or the DEFAULT when the column is NOT NULL. */
function newColumn(scope: Scope, p: PlannedColumn): RebuildColumn {
  const id = p.identity;
  if (id) return { column: p, value: (_row, n) => encodeValue(p.type, convertForAssignment(typed({ kind: 'bigint' }, id.seed + BigInt(n) * id.increment), p.type, scope)) };
  let fill: StoredValue = null;
  if (!p.nullable && p.defaultDefinition) {
    fill = encodeValue(p.type, convertForAssignment(evaluate(defaultExpression(p.defaultDefinition), { scope }), p.type, scope));
  }
  return { column: p, value: () => fill };
}

function dependencyError(scope: Scope, s: SessionStorage, t: CatalogTable, c: ColumnInfo, action: string): SqlError | undefined {
  return dependentsError(scope, columnDependents(s, t, c), action, c.name);
}

/** 5074 for each object that depends on the column (outside TRY), then the 4922 to throw. */
export function dependentsError(scope: Scope, deps: readonly { readonly type: string; readonly name: string }[], action: string,
  column: string): SqlError | undefined {
  if (deps.length === 0) return undefined;
  for (const d of deps) {
    const e = sqlError(5074, d.type === 'IX' ? 'index' : 'object', d.name, 'column', column);
    if (scope.run.tryDepth === 0) scope.run.sink.message(e);
  }
  return sqlError(4922, action, column);
}

export function dropColumns(scope: Scope, s: SessionStorage, t: CatalogTable, items: readonly { name: string; ifExists: boolean }[]): void {
  let columns = listColumns(s, t.database, t.objectId);
  for (const item of items) {
    const c = columns.find((x) => ciKey(x.name) === ciKey(item.name));
    if (!c) {
      if (item.ifExists) continue;
      throw sqlError(4924, 'ALTER TABLE DROP COLUMN', item.name, t.name);
    }
    if (columns.length === 1) throw sqlError(4923, c.name, t.name);
    const blocked = dependencyError(scope, s, t, c, 'ALTER TABLE DROP COLUMN');
    if (blocked) throw blocked;
    s.run(`DELETE FROM ${t.db}.__msxd_columns WHERE object_id = ? AND column_id = ?`, [t.objectId, c.columnId]);
    columns = columns.filter((x) => x !== c);
    rebuildTable(s, t.db, t.sqliteTable, columns.map((x) => keep(x)), indexStatements(s, t, columns));
  }
}

export function alterColumn(scope: Scope, s: SessionStorage, t: CatalogTable, def: ColumnDef): void {
  const columns = listColumns(s, t.database, t.objectId);
  const old = columns.find((x) => ciKey(x.name) === ciKey(def.name));
  if (!old) throw sqlError(4924, 'ALTER TABLE ALTER COLUMN', def.name, t.name);
  if (!def.type) throw sqlError(4924, 'ALTER TABLE ALTER COLUMN', def.name, t.name);
  const type = resolveTypeRef(def.type);
  const nullable = def.nullable ?? (old.identity ? false : defaultNullability(scope));
  const changesType = JSON.stringify(type) !== JSON.stringify(old.type);
  if (changesType) {
    const blocked = dependencyError(scope, s, t, old, 'ALTER TABLE ALTER COLUMN');
    if (blocked) throw blocked;
  }
  const table = `${t.database}.${t.schema}.${t.name}`;
  const altered: RebuildColumn = {
    column: { name: old.name, type, nullable },
    value: (row) => {
      const v = decodeValue(old.type, row[old.name]);
      if (v === null) {
        if (!nullable) throw sqlError(515, old.name, table, 'UPDATE');
        return null;
      }
      const converted = convert(typed(old.type, v), type, { dateFormat: scope.session.options.dateFormat }).value;
      return encodeValue(type, converted);
    },
  };
  s.run(`UPDATE ${t.db}.__msxd_columns SET sql_type = ?, is_nullable = ?, collation_name = ? WHERE object_id = ? AND column_id = ?`,
    [JSON.stringify(type), nullable ? 1 : 0, isCharacterType(type) ? SERVER_COLLATION.name : null, t.objectId, old.columnId]);
  const after = listColumns(s, t.database, t.objectId);
  rebuildTable(s, t.db, t.sqliteTable, columns.map((c) => (c === old ? altered : keep(c))), indexStatements(s, t, after));
}

