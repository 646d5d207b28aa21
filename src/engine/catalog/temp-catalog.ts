// Where the object and column views read from. In most databases that is the catalogue
// (__msxd_objects, __msxd_columns). In tempdb it is the catalogue (##global temp tables are
// ordinary tempdb tables) plus the calling session's #temp tables, which live in the
// connection's SQLite temp schema outside every catalogue (ddl/local-table.ts). In msdb it is the
// catalogue plus the TypeScript procedures of msdb, which have no catalogue rows either
// (database-procedures.ts).
//
// The #temp rows come from the session's registry (ddl/temp-tables.ts), bound as one JSON
// parameter per source, not from a mirror kept in SQLite: a mirror would cost writes on every
// CREATE TABLE #t and tables in every pooled connection, and would be a second copy to keep in
// step with ROLLBACK and procedure ends. Reading `ctx.tempTables` makes the translation this
// session's (resolve-source.ts), and the per-session cache re-translates it whenever the
// connection's localGeneration moves: each #temp CREATE, DROP, ALTER and each ROLLBACK.
import type { SessionTempTable, SystemViewContext } from '../sql/system-view-registry';
import { databaseProcedureObjectRows } from './database-procedures';

/** SQL Server pads a #temp table's name with '_' to 116 characters and ends it with 12 hex digits. */
const PADDED_LENGTH = 116;
const SUFFIX_DIGITS = 12;

/**
 * The name tempdb's catalogue shows for a #temp table (sysname, 128 characters), e.g.
 * `#k____…____0000000F4240`. SQL Server's suffix is a server-wide counter; msxd's is the
 * table's (negative) object id, which is just as unique among the node's #temp tables.
 */
export function tempTableCatalogName(name: string, objectId: number): string {
  return name.padEnd(PADDED_LENGTH, '_') + Math.abs(objectId).toString(16).toUpperCase().padStart(SUFFIX_DIGITS, '0');
}

const OBJECT_COLUMNS = `object_id, schema_id, name, name_key, type, parent_object_id, sqlite_name, definition,
  is_ms_shipped, create_date, modify_date`;
const COLUMN_COLUMNS = `object_id, column_id, name, name_key, sql_type, is_nullable, is_identity, identity_seed,
  identity_increment, identity_last, default_object_id, default_definition, computed_definition, collation_name`;

/** the session's #temp tables when the view is read in tempdb; none elsewhere (nothing bound) */
function sessionTemps(ctx: SystemViewContext): readonly SessionTempTable[] {
  return ctx.database.toLowerCase() === 'tempdb' ? ctx.tempTables : [];
}

const item = (i: number): string => `json_extract(value, '$[${i}]')`;

/** Rows with __msxd_objects' columns for the session's #temp tables; undefined outside tempdb or without any. */
function tempObjectRows(ctx: SystemViewContext): string | undefined {
  const temps = sessionTemps(ctx);
  if (temps.length === 0) return undefined;
  // ticks exceed 2^53: they travel as decimal text
  const rows = temps.map(({ table, created, modified }) =>
    [table.objectId, tempTableCatalogName(table.name, table.objectId), created.toString(), modified.toString()]);
  // schema dbo (1), type U, no parent, not shipped; sqlite_name stays NULL (no catalogue reader needs it)
  return `SELECT ${item(0)}, 1, ${item(1)}, msxd_ci_key(${item(1)}), 'U', 0, NULL, NULL, 0,
      CAST(${item(2)} AS INTEGER), CAST(${item(3)} AS INTEGER)
    FROM json_each(${ctx.bind(JSON.stringify(rows))})`;
}

/** A table expression with __msxd_objects' columns: alias it (`${objectsSource(ctx)} o`). */
export function objectsSource(ctx: SystemViewContext): string {
  const catalogue = `${ctx.sqliteSchema}.__msxd_objects`;
  const extra = [tempObjectRows(ctx), databaseProcedureObjectRows(ctx)].filter((r) => r !== undefined);
  if (extra.length === 0) return catalogue;
  return `(SELECT ${OBJECT_COLUMNS} FROM ${catalogue} UNION ALL ${extra.join(' UNION ALL ')})`;
}

/** A table expression with __msxd_columns' columns: alias it (`${columnsSource(ctx)} c`). */
export function columnsSource(ctx: SystemViewContext): string {
  const catalogue = `${ctx.sqliteSchema}.__msxd_columns`;
  const temps = sessionTemps(ctx);
  if (temps.length === 0) return catalogue;
  // sql_type as the JSON object the catalogue stores (type-sql.ts reads it with json_extract)
  const rows = temps.flatMap(({ table }) => table.columns.map((c) => [
    table.objectId, c.columnId, c.name, c.type, c.nullable ? 1 : 0, c.identity ? 1 : 0,
    c.identity?.seed.toString() ?? null, c.identity?.increment.toString() ?? null, c.defaultDefinition, c.collationName,
  ]));
  // no DEFAULT constraint objects (default_object_id 0) and no computed columns on #temp tables
  return `(SELECT ${COLUMN_COLUMNS} FROM ${catalogue}
    UNION ALL SELECT ${item(0)}, ${item(1)}, ${item(2)}, msxd_ci_key(${item(2)}), ${item(3)}, ${item(4)}, ${item(5)},
      ${item(6)}, ${item(7)}, NULL, 0, ${item(8)}, NULL, ${item(9)}
    FROM json_each(${ctx.bind(JSON.stringify(rows))}))`;
}
