// SQL Server's constraint-violation errors, built from what failed: the DML engine calls these
// when its own row checks fail (CHECK, FOREIGN KEY) or maps a SQLite constraint error (UNIQUE,
// NOT NULL) with `mapConstraintError`. Texts: 2627/2601 (duplicate key), 515 (NULL), 547 (CHECK,
// FOREIGN KEY, REFERENCE).
import { sqlError } from '../../errors/catalog';
import type { SqlError } from '../../errors/sql-error';
import { ciKey } from '../../store/index';
import type { WritableTable } from '../sql/source-types';

export type DmlVerb = 'INSERT' | 'UPDATE' | 'DELETE' | 'MERGE';

/** 'dbo.t' as the messages name objects */
function objectName(t: WritableTable): string {
  return `${t.schema}.${t.name}`;
}

/** 2627 for PRIMARY KEY / UNIQUE constraints, 2601 for unique indexes. `key` like '(1, abc)'. */
export function duplicateKeyError(t: WritableTable, constraint: string, key: string): SqlError {
  const u = t.uniques.find((x) => ciKey(x.name) === ciKey(constraint));
  if (!u || u.kind === 'IX') return sqlError(2601, objectName(t), constraint, key);
  return sqlError(2627, u.kind === 'PK' ? 'PRIMARY KEY' : 'UNIQUE KEY', constraint, objectName(t), key);
}

/** 515: NULL into a NOT NULL column. */
export function nullColumnError(t: WritableTable, column: string, verb: DmlVerb): SqlError {
  return sqlError(515, column, `${t.database}.${t.schema}.${t.name}`, verb);
}

/** 547 for a CHECK constraint; `column` when the constraint is a column constraint. */
export function checkViolation(t: WritableTable, verb: DmlVerb, constraint: string, column?: string): SqlError {
  return conflict(verb, 'CHECK', constraint, t.database, objectName(t), column);
}

/**
 * 547 for a FOREIGN KEY: on the referencing table (INSERT/UPDATE of the child: 'FOREIGN KEY', the
 * table named is the referenced one) or on the referenced table (DELETE/UPDATE of the parent:
 * 'REFERENCE', the table named is the referencing one).
 */
export function foreignKeyViolation(verb: DmlVerb, side: 'FOREIGN KEY' | 'REFERENCE', constraint: string,
  database: string, table: string, column?: string): SqlError {
  return conflict(verb, side, constraint, database, table, column);
}

function conflict(verb: DmlVerb, kind: string, constraint: string, database: string, table: string, column?: string): SqlError {
  return column === undefined
    ? sqlError(547, verb, kind, constraint, database, table, '', '', '')
    : sqlError(547, verb, kind, constraint, database, table, ", column '", column, "'");
}

/**
 * A SQLite constraint error on `t` as SQL Server's error, or undefined when `e` is not one.
 * `key(columns)` renders the offending key value, e.g. '(1)'; SQLite's message does not carry it.
 */
export function mapConstraintError(e: unknown, t: WritableTable, verb: DmlVerb, key: (columns: readonly string[]) => string = () => '(?)'): SqlError | undefined {
  if (typeof e !== 'object' || e === null || !('code' in e) || !('message' in e)) return undefined;
  const code = String((e as { code: unknown }).code);
  const message = String((e as { message: unknown }).message);
  const detail = message.slice(message.indexOf(':') + 1).trim();
  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY': {
      const u = uniqueFromDetail(t, detail);
      return u ? duplicateKeyError(t, u.name, key(u.columns)) : undefined;
    }
    case 'SQLITE_CONSTRAINT_NOTNULL': {
      const column = detail.slice(detail.lastIndexOf('.') + 1);
      return nullColumnError(t, t.columns.find((c) => ciKey(c.name) === ciKey(column))?.name ?? column, verb);
    }
    default:
      return undefined;
  }
}

/** "index 'dbo.t$PK_t'" (expression index) or "dbo.t.a, dbo.t.b" (plain columns). */
function uniqueFromDetail(t: WritableTable, detail: string): WritableTable['uniques'][number] | undefined {
  if (detail.startsWith("index '")) {
    const index = ciKey(detail.slice("index '".length, -1));
    return t.uniques.find((u) => index.endsWith(ciKey(`$${u.name}`)));
  }
  const columns = detail.split(',').map((p) => p.trim()).map((p) => p.slice(p.lastIndexOf('.') + 1));
  return t.uniques.find((u) => u.columns.length === columns.length && u.columns.every((c) => columns.some((x) => ciKey(x) === ciKey(c))));
}
