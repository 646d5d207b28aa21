// sys.identity_columns: sys.columns' rows of identity columns, plus seed_value, increment_value,
// last_value and is_not_for_replication ("sys.identity_columns (Transact-SQL)"). The three values
// are sql_variant whose base type is the column's own type (int, bigint, numeric(p,0) ...);
// last_value is NULL until a row is inserted (and again after TRUNCATE TABLE), as in SQL Server.
// NOT FOR REPLICATION is accepted by CREATE TABLE but not kept, so is_not_for_replication is 0.
import { addConnectionFunctions, encodeValue } from '../../store/index';
import type { SqlType } from '../../types/sql-type';
import { SqlDecimal, SqlVariant } from '../../types/values';
import type { SystemViewDefinition } from '../sql/system-view-registry';
import { COLUMN_VIEW_COLUMNS, columnValuesSql } from './column-views';
import { BIT, columns, SQL_VARIANT } from './view-columns';

const VARIANT: SqlType = { kind: 'sql_variant' };

/** An identity value (decimal text in the catalogue) as a value of the column's type. */
function identityValue(type: SqlType, text: string): number | bigint | SqlDecimal {
  const n = BigInt(text);
  switch (type.kind) {
    case 'bigint': return n;
    case 'decimal': return new SqlDecimal(n, 0);
    default: return Number(n);
  }
}

// The catalogue keeps seed, increment and last value as decimal text (an identity may be bigint or
// numeric(38,0)); the view hands them to the query engine as stored sql_variant values.
addConnectionFunctions((host) => {
  host.function('msxd_identity_variant', { deterministic: true }, (sqlType, text) => {
    if (sqlType === null || text === null) return null;
    const type = JSON.parse(String(sqlType)) as SqlType;
    return encodeValue(VARIANT, new SqlVariant(type, identityValue(type, String(text))));
  });
});

export const sysIdentityColumns: SystemViewDefinition = {
  schema: 'sys', name: 'identity_columns',
  columns: columns([
    ...COLUMN_VIEW_COLUMNS,
    ['seed_value', SQL_VARIANT, true], ['increment_value', SQL_VARIANT, true], ['last_value', SQL_VARIANT, true],
    ['is_not_for_replication', BIT, true],
  ]),
  sql: (ctx) => `SELECT ${columnValuesSql()},
      msxd_identity_variant(c.sql_type, c.identity_seed), msxd_identity_variant(c.sql_type, c.identity_increment),
      msxd_identity_variant(c.sql_type, c.identity_last), 0
    FROM ${ctx.sqliteSchema}.__msxd_columns c
    JOIN ${ctx.sqliteSchema}.__msxd_objects o ON o.object_id = c.object_id
    WHERE c.is_identity = 1`,
};
