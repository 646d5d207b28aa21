// Row checks SQLite cannot make with SQL Server's semantics and messages: NOT NULL (515), CHECK
// and FOREIGN KEY (547, both directions). UNIQUE/PRIMARY KEY are SQLite unique indexes; their
// failures are reported by unique-violation.ts.
import { sqlErrorWithState } from '../../errors/catalog';
import { ciKey, encodeValue, type SessionStorage } from '../../store/index';
import type { Expr } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { convertImplicit } from '../../types/convert';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import { predicate } from '../expressions/predicate';
import type { Scope } from '../interpreter/scope';
import type { WritableTable } from '../sql/source-types';
import { rowColumn, storedExpression, threePartName } from './column-values';

export type DmlVerb = 'INSERT' | 'UPDATE' | 'DELETE' | 'MERGE';

export function checkNotNull(table: WritableTable, row: readonly Typed[], verb: DmlVerb): void {
  table.columns.forEach((c, i) => {
    if (!c.nullable && row[i]!.value === null) throw sqlErrorWithState(515, 2, c.name, threePartName(table), verb);
  });
}

export function checkConstraints(table: WritableTable, row: readonly Typed[], verb: DmlVerb, scope: Scope): void {
  for (const ck of table.checks) {
    const e = storedExpression(ck.definition);
    const ok = predicate(e, { scope, row: { column: (ref) => rowColumn(table, row, ref) } });
    if (ok === false) {
      const cols = columnsOf(e);
      const col = cols.length === 1 ? cols[0]! : undefined;
      throw sqlErrorWithState(547, 0, verb, 'CHECK', ck.name, table.database, `${table.schema}.${table.name}`,
        col ? ", column '" : '', col ?? '', col ? "'" : '');
    }
  }
}

function columnsOf(e: Expr): string[] {
  const found = new Set<string>();
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    const node = x as { kind?: string; name?: unknown };
    if (node.kind === 'column' && typeof node.name === 'string') found.add(node.name);
    for (const v of Object.values(x)) walk(v);
  };
  walk(e);
  return [...found];
}

function keyParam(v: Typed, type: SqlType): unknown {
  const c = v.type.kind === type.kind ? v : convertImplicit(v, type);
  const enc = encodeValue(type, c.value);
  return isCharacter(type) && enc !== null ? ciKey(String(enc)) : enc;
}

function keyColumn(name: string, type: SqlType): string {
  const q = `"${name.replace(/"/g, '""')}"`;
  return isCharacter(type) ? `msxd_ci_key(${q})` : q;
}

/** the FOREIGN KEYs `row` holds must find their referenced rows */
export function checkForeignKeys(s: SessionStorage, table: WritableTable, row: readonly Typed[], verb: DmlVerb, changed?: ReadonlySet<string>): void {
  for (const fk of table.foreignKeys) {
    if (changed && !fk.columns.some((c) => changed.has(c.toLowerCase()))) continue;
    const values = fk.columns.map((n) => rowColumn(table, row, { kind: 'column', line: 0, qualifier: [], name: n }));
    if (values.some((v) => v.value === null)) continue;
    const where = fk.referencedColumns.map((c, i) => `${keyColumn(c, fk.referencedTypes[i]!)} = ?`).join(' AND ');
    const params = values.map((v, i) => keyParam(v, fk.referencedTypes[i]!));
    if (!s.get(`SELECT 1 FROM ${fk.referencedSqliteName} WHERE ${where} LIMIT 1`, params)) {
      throw sqlErrorWithState(547, 0, verb, 'FOREIGN KEY', fk.name, table.database, fk.referencedDisplayName, ", column '", fk.referencedColumns[0] ?? '', "'");
    }
  }
}

/** rows of other tables must not still reference a key being deleted or changed */
export function checkReferences(s: SessionStorage, table: WritableTable, old: readonly Typed[], verb: DmlVerb, changed?: ReadonlySet<string>): void {
  for (const ref of table.referencedBy ?? []) {
    if (changed && !ref.columns.some((c) => changed.has(c.toLowerCase()))) continue;
    const values = ref.columns.map((n) => rowColumn(table, old, { kind: 'column', line: 0, qualifier: [], name: n }));
    if (values.some((v) => v.value === null)) continue;
    const where = ref.childColumns.map((c, i) => `${keyColumn(c, ref.childTypes[i]!)} = ?`).join(' AND ');
    const params = values.map((v, i) => keyParam(v, ref.childTypes[i]!));
    if (verb === 'DELETE' && ref.onDelete === 'CASCADE') {
      s.run(`DELETE FROM ${ref.childSqliteName} WHERE ${where}`, params);
      continue;
    }
    if (verb === 'DELETE' && ref.onDelete === 'SET NULL') {
      s.run(`UPDATE ${ref.childSqliteName} SET ${ref.childColumns.map((c) => `"${c.replace(/"/g, '""')}" = NULL`).join(', ')} WHERE ${where}`, params);
      continue;
    }
    if (s.get(`SELECT 1 FROM ${ref.childSqliteName} WHERE ${where} LIMIT 1`, params)) {
      throw sqlErrorWithState(547, 0, verb, 'REFERENCE', ref.name, table.database, ref.childDisplayName, ", column '", ref.childColumns[0] ?? '', "'");
    }
  }
}
