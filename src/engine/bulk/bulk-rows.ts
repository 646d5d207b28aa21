// One chunk of bulk-loaded rows into the table, as SQL Server's bulk load does it: values converted
// to the column types (a value longer than its column is 4815 for that client column, not 2628),
// a NULL takes the column's DEFAULT unless KEEP_NULLS, IDENTITY generated unless the client sends
// the identity column (then its values are kept), NOT NULL and UNIQUE always, CHECK and FOREIGN
// KEY constraints only WITH (CHECK_CONSTRAINTS). SQL Server also marks the skipped constraints
// not trusted (is_not_trusted = 1); msxd keeps no such flag. The rows go to `out` (row-batches.ts),
// which writes them to SQLite in groups.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { SessionStorage } from '../../store/api';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import { applyComputed, defaultValue, toColumn } from '../query/column-values';
import { checkConstraints, checkForeignKeys, checkNotNull } from '../query/constraints';
import { bumpIdentity } from '../query/insert-rows';
import type { PendingBulk } from './pending-bulk';
import type { RowBatches } from './row-batches';

export function bulkInsertRows(scope: Scope, s: SessionStorage, bulk: PendingBulk, clientTypes: readonly SqlType[],
  rows: readonly (readonly SqlValue[])[], out: RowBatches): void {
  const { table, targets, options } = bulk;
  const identityIndex = table.columns.findIndex((c) => c.identity);
  const keepsIdentity = identityIndex >= 0 && targets.includes(identityIndex);
  let lastKept: bigint | null = null;
  const provided: boolean[] = table.columns.map(() => false);
  const asIs = targets.map((col, i) => sameType(clientTypes[i]!, table.columns[col]!.type));
  for (const values of rows) {
    const row: Typed[] = table.columns.map((c) => ({ type: c.type, value: null }));
    provided.fill(false);
    targets.forEach((col, i) => {
      const value = values[i] ?? null;
      if (value === null && !options.keepNulls) return;
      const type = table.columns[col]!.type;
      row[col] = asIs[i] && fits(type, value) ? { type, value } : convert({ type: clientTypes[i]!, value }, col, i, bulk, scope);
      provided[col] = true;
    });
    table.columns.forEach((c, i) => {
      if (!provided[i] && i !== identityIndex) row[i] = defaultValue(c, table, scope);
    });
    if (identityIndex >= 0) {
      const kept = row[identityIndex]!.value;
      if (keepsIdentity && kept !== null) {
        const v = BigInt(kept as number | bigint);
        if (lastKept === null || v > lastKept) lastKept = v;
      } else {
        const id = table.nextIdentity();
        row[identityIndex] = toColumn({ type: { kind: 'bigint' }, value: id }, table.columns[identityIndex]!, table, scope);
      }
    }
    applyComputed(table, row, scope);
    checkNotNull(table, row, 'INSERT');
    if (options.checkConstraints) {
      checkConstraints(table, row, 'INSERT', scope);
      checkForeignKeys(s, table, row, 'INSERT');
    }
    out.add(row);
  }
  if (lastKept !== null) bumpIdentity(s, table, lastKept);
}

/** `clientColumn`: the 0-based position in the client's columns (4815 names it 1-based) */
function convert(v: Typed, col: number, clientColumn: number, bulk: PendingBulk, scope: Scope): Typed {
  try {
    return toColumn(v, bulk.table.columns[col]!, bulk.table, scope);
  } catch (e) {
    if (e instanceof SqlError && e.number === 2628) throw sqlError(4815, clientColumn + 1);
    throw e;
  }
}

/**
 * The client declared the column's own type: its values need no conversion (most bulk loads:
 * clients describe the table as it is), only the length check of strings and binaries.
 */
function sameType(a: SqlType, b: SqlType): boolean {
  if (a.kind !== b.kind) return false;
  const x = a as { length?: unknown; precision?: unknown; scale?: unknown };
  const y = b as { length?: unknown; precision?: unknown; scale?: unknown };
  return x.length === y.length && x.precision === y.precision && x.scale === y.scale;
}

function fits(type: SqlType, value: SqlValue): boolean {
  if (!('length' in type) || type.length === 'max') return true;
  if (typeof value === 'string' || Buffer.isBuffer(value)) return value.length <= type.length;
  return true;
}
