// The mapping of T-SQL names onto SQLite names (README "Names"). A node database is an attached
// SQLite schema; a T-SQL schema-qualified object is one SQLite table named "schema.object".

/** SQLite's own schema names: a database called like this is attached under another alias. */
const RESERVED_ALIASES = new Set(['main', 'temp']);

/** Quotes an identifier for SQLite ("a""b"); safe for any text without NUL. */
export function quoteIdent(name: string): string {
  if (name.includes('\u0000')) throw new Error('identifier contains NUL');
  return `"${name.replace(/"/g, '""')}"`;
}

/** The SQLite table name of a T-SQL object: schema and name joined by a dot. */
export function sqliteTableName(schema: string, object: string): string {
  return `${schema}.${object}`;
}

/** The attach alias of a node database (unquoted). */
export function schemaAlias(databaseName: string, databaseId: number): string {
  return RESERVED_ALIASES.has(databaseName.toLowerCase()) ? `__msxd_db_${databaseId}` : databaseName;
}

/** `"db"."schema.table"`, ready to paste into SQL. */
export function qualifiedTable(alias: string, schema: string, object: string): string {
  return `${quoteIdent(alias)}.${quoteIdent(sqliteTableName(schema, object))}`;
}
