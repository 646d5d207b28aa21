// ALTER TABLE on a #temp table: the table's plan is changed and the SQLite table rebuilt under a
// new name (values converted as for catalogue tables), then re-registered in place of the old one.
import { sqlError } from '../../errors/catalog';
import { ciKey, decodeValue, encodeValue, quoteIdent, type StoredValue } from '../../store/index';
import type { AlterTableAction } from '../../tsql/ast';
import { convert } from '../../types/convert';
import { typed } from '../../types/typed-value';
import { evaluate, resolveTypeRef } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { convertForAssignment } from '../statements/assign';
import { notSupportedExpression } from '../statements/not-supported';
import { dependentsError } from './alter-columns';
import { validateCheck } from './alter-constraints';
import { defaultExpression } from './column-defaults';
import { typeComputedColumns } from './computed-type';
import { asCause } from './follow-up';
import { createLocalTable, dropLocalTable, type LocalTable } from './local-table';
import { storageOf } from './storage-of';
import {
  defaultNullability, defaultText, generatedName, planColumn, planTableConstraint, validateKeys,
  type PlannedColumn, type PlannedConstraint, type PlannedIndex, type TablePlan,
} from './table-plan';
import { rebuiltSqliteName, replaceTempTable, tempTableEntry } from './temp-tables';

/** How a column of the new table gets its value from an old row. */
type Source = { readonly from: string; readonly oldType: PlannedColumn['type'] } | { readonly fill: StoredValue };

export function alterLocalTable(scope: Scope, name: string, action: AlterTableAction, withCheck: boolean): void {
  const old = tempTableEntry(scope.session, name);
  if (!old) throw sqlError(4902, name);
  const s = storageOf(scope);
  const rows = s.get<{ n: number }>(`SELECT count(*) AS n FROM ${old.table.sqliteName}`)?.n ?? 0;
  let columns: PlannedColumn[] = old.plan.columns.map((c) => ({ ...c }));
  let constraints: PlannedConstraint[] = [...old.plan.constraints];
  const sources = new Map<PlannedColumn, Source>(columns.map((c) => [c, { from: c.name, oldType: c.type }]));
  const find = (n: string): PlannedColumn | undefined => columns.find((c) => ciKey(c.name) === ciKey(n));
  switch (action.kind) {
    case 'add':
      for (const d of action.columns) {
        if (find(d.name)) throw sqlError(2705, d.name, name);
        const [p] = typeComputedColumns(scope, [d], [planColumn(scope, name, d, constraints)], columns) as [PlannedColumn];
        if (rows > 0 && !p.nullable && !p.defaultDefinition && !p.identity) throw sqlError(4901, p.name, name);
        if (p.identity && columns.some((c) => c.identity)) throw sqlError(2744, name);
        const fill = !p.nullable && p.defaultDefinition
          ? encodeValue(p.type, convertForAssignment(evaluate(defaultExpression(p.defaultDefinition), { scope }), p.type, scope)) : null;
        columns.push(p);
        sources.set(p, { fill });
      }
      for (const k of action.constraints) {
        if (k.kind === 'default') {
          const c = find(k.column);
          if (!c) throw asCause(sqlError(1752, k.column, name));
          if (c.defaultDefinition) throw asCause(sqlError(1781));
          const replaced = { ...c, defaultDefinition: defaultText(k.expr), defaultName: k.name ?? generatedName('DF', name, c.name) };
          columns = columns.map((x) => (x === c ? replaced : x));
          sources.set(replaced, sources.get(c) ?? { fill: null });
        } else {
          const p = planTableConstraint(name, k);
          if (p?.kind === 'PK' && constraints.some((x) => x.kind === 'PK')) throw asCause(sqlError(1779, name));
          if (p) constraints.push(p);
        }
      }
      break;
    case 'drop':
      for (const item of action.items) {
        if (item.kind === 'constraint') {
          const before = constraints.length;
          constraints = constraints.filter((k) => ciKey(k.name) !== ciKey(item.name));
          const withDefault = columns.find((c) => c.defaultName !== undefined && ciKey(c.defaultName) === ciKey(item.name));
          if (withDefault) {
            const { defaultDefinition: _d, defaultName: _n, ...rest } = withDefault;
            const plain: PlannedColumn = rest;
            columns = columns.map((x) => (x === withDefault ? plain : x));
            sources.set(plain, sources.get(withDefault) ?? { fill: null });
          } else if (constraints.length === before && !item.ifExists) throw asCause(sqlError(3728, item.name));
          continue;
        }
        const c = find(item.name);
        if (!c) {
          if (item.ifExists) continue;
          throw sqlError(4924, 'ALTER TABLE DROP COLUMN', item.name, name);
        }
        const blocked = dependentsError(scope, keyedOn(constraints, old.plan.indexes, c.name), 'ALTER TABLE DROP COLUMN', c.name);
        if (blocked) throw blocked;
        columns = columns.filter((x) => x !== c);
      }
      break;
    case 'alterColumn': {
      const c = find(action.column.name);
      if (!c || !action.column.type) throw sqlError(4924, 'ALTER TABLE ALTER COLUMN', action.column.name, name);
      const type = resolveTypeRef(action.column.type);
      if (JSON.stringify(type) !== JSON.stringify(c.type)) {
        const blocked = dependentsError(scope, keyedOn(constraints, old.plan.indexes, c.name), 'ALTER TABLE ALTER COLUMN', c.name);
        if (blocked) throw blocked;
      }
      const altered: PlannedColumn = { ...c, type, nullable: action.column.nullable ?? (c.identity ? false : defaultNullability(scope)), explicitNull: action.column.nullable === true };
      columns = columns.map((x) => (x === c ? altered : x));
      sources.set(altered, sources.get(c) ?? { fill: null });
      break;
    }
    case 'checkConstraints':
      if (!action.enable) throw notSupportedExpression('NOCHECK CONSTRAINT');
      return;
    default: {
      const never: never = action;
      throw new Error(`unknown ALTER TABLE action ${String(never)}`);
    }
  }
  validateKeys(name, columns, constraints);
  rebuildLocal(scope, old, { columns, constraints, indexes: old.plan.indexes }, sources, name, withCheck);
}

/** The PRIMARY KEY / UNIQUE constraints and indexes with the column among their keys. */
function keyedOn(constraints: readonly PlannedConstraint[], indexes: readonly PlannedIndex[], column: string): { type: string; name: string }[] {
  const has = (cols: readonly { name: string }[]): boolean => cols.some((x) => ciKey(x.name) === ciKey(column));
  return [
    ...constraints.flatMap((k) => ((k.kind === 'PK' || k.kind === 'UQ') && has(k.columns) ? [{ type: k.kind, name: k.name }] : [])),
    ...indexes.filter((ix) => has(ix.columns)).map((ix) => ({ type: 'IX', name: ix.name })),
  ];
}

function rebuildLocal(scope: Scope, old: LocalTable, plan: TablePlan, sources: ReadonlyMap<PlannedColumn, Source>, name: string, withCheck: boolean): void {
  const s = storageOf(scope);
  const from = old.table.sqliteName;
  // Under a SQLite name of its own, next to the old table until the rows are copied: inside a
  // transaction the old table must be the one a ROLLBACK brings back (temp-tables.ts).
  const fresh = createLocalTable(s, rebuiltSqliteName(old), old.table.name, old.table.objectId, plan, identityLast(s, from, old, plan, sources));
  try {
    const insert = `INSERT INTO ${fresh.table.sqliteName} (${plan.columns.map((c) => quoteIdent(c.name)).join(', ')})
      VALUES (${plan.columns.map(() => '?').join(', ')})`;
    let n = 0;
    for (const row of s.allBig<Record<string, unknown>>(`SELECT * FROM ${from} ORDER BY rowid`)) {
      s.run(insert, plan.columns.map((c) => value(scope, c, sources.get(c), row, n, name)));
      n++;
    }
    if (withCheck) {
      for (const k of plan.constraints) {
        if (k.kind === 'C' && !old.plan.constraints.includes(k)) validateCheck(scope, s, fresh.table.sqliteName, fresh.table.columns, k.name, k.definition, 'tempdb', name);
      }
    }
  } catch (e) {
    dropLocalTable(s, fresh.sqliteTable);
    throw e;
  }
  dropLocalTable(s, old.sqliteTable);
  replaceTempTable(scope, name, fresh);
}

function value(scope: Scope, c: PlannedColumn, src: Source | undefined, row: Readonly<Record<string, unknown>>, n: number, table: string): StoredValue {
  if (!src || 'fill' in src) {
    if (c.identity) return encodeValue(c.type, convertForAssignment(typed({ kind: 'bigint' }, c.identity.seed + BigInt(n) * c.identity.increment), c.type, scope));
    return src && 'fill' in src ? src.fill : null;
  }
  const v = decodeValue(src.oldType, row[src.from]);
  if (v === null) {
    if (!c.nullable) throw sqlError(515, c.name, `tempdb.dbo.${table}`, 'UPDATE');
    return null;
  }
  return encodeValue(c.type, convert(typed(src.oldType, v), c.type, { dateFormat: scope.session.options.dateFormat }).value);
}

/** A new identity column numbers the existing rows from its seed; an old one continues. */
function identityLast(s: ReturnType<typeof storageOf>, from: string, old: LocalTable, plan: TablePlan, sources: ReadonlyMap<PlannedColumn, Source>): bigint | null {
  const id = plan.columns.find((c) => c.identity);
  if (!id?.identity) return null;
  const src = sources.get(id);
  if (src && !('fill' in src)) return old.lastIdentity();
  const rows = s.get<{ n: number }>(`SELECT count(*) AS n FROM ${from}`)?.n ?? 0;
  return rows === 0 ? null : id.identity.seed + BigInt(rows - 1) * id.identity.increment;
}
