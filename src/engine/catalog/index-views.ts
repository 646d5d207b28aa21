// sys.indexes and sys.index_columns. msxd keeps PRIMARY KEY (clustered, index_id 1), UNIQUE
// constraints and CREATE INDEX rows (nonclustered, index_id 2 up) as child objects of the table;
// a table without a primary key is a heap (index_id 0), as in SQL Server.
import type { SystemViewContext, SystemViewDefinition } from '../sql/system-view-registry';
import { BIT, columns, INT, nvarchar, SYSNAME, TINYINT } from './view-columns';

/** One row per index: (object_id, index_id, name, kind object, type) from alias-free SQL. */
export function indexRowsSql(ctx: SystemViewContext): string {
  const db = ctx.sqliteSchema;
  return `SELECT k.parent_object_id AS object_id, k.name, k.object_id AS key_object_id, k.type AS key_type,
      CASE WHEN k.type = 'PK' THEN 1
        ELSE 1 + ROW_NUMBER() OVER (PARTITION BY k.parent_object_id, k.type = 'PK' ORDER BY k.object_id) END AS index_id,
      CASE WHEN k.type = 'PK' THEN 1 ELSE 2 END AS type,
      CASE WHEN k.type IN ('PK', 'UQ') OR json_extract(coalesce(k.definition, '{}'), '$.unique') THEN 1 ELSE 0 END AS is_unique
    FROM ${db}.__msxd_objects k
    JOIN ${db}.__msxd_objects t ON t.object_id = k.parent_object_id AND t.type = 'U'
    WHERE k.type IN ('PK', 'UQ', 'IX')
    UNION ALL
    SELECT t.object_id, NULL, 0, 'HEAP', 0, 0, 0 FROM ${db}.__msxd_objects t
    WHERE t.type = 'U' AND NOT EXISTS (SELECT 1 FROM ${db}.__msxd_objects p WHERE p.parent_object_id = t.object_id AND p.type = 'PK')`;
}

export const sysIndexes: SystemViewDefinition = {
  schema: 'sys', name: 'indexes',
  columns: columns([
    ['object_id', INT], ['name', SYSNAME, true], ['index_id', INT], ['type', TINYINT], ['type_desc', nvarchar(60), true],
    ['is_unique', BIT, true], ['data_space_id', INT, true], ['ignore_dup_key', BIT, true], ['is_primary_key', BIT, true],
    ['is_unique_constraint', BIT, true], ['fill_factor', TINYINT], ['is_padded', BIT, true], ['is_disabled', BIT, true],
    ['is_hypothetical', BIT, true], ['is_ignored_in_optimization', BIT, true], ['allow_row_locks', BIT, true],
    ['allow_page_locks', BIT, true], ['has_filter', BIT, true], ['filter_definition', nvarchar('max'), true],
    ['compression_delay', INT, true], ['suppress_dup_key_messages', BIT, true], ['auto_created', BIT, true],
    ['optimize_for_sequential_key', BIT, true],
  ]),
  sql: (ctx) => `SELECT i.object_id, i.name, i.index_id, i.type,
      CASE i.type WHEN 0 THEN 'HEAP' WHEN 1 THEN 'CLUSTERED' ELSE 'NONCLUSTERED' END,
      i.is_unique, 1, 0, CASE WHEN i.key_type = 'PK' THEN 1 ELSE 0 END, CASE WHEN i.key_type = 'UQ' THEN 1 ELSE 0 END,
      0, 0, 0, 0, 0, 1, 1, 0, NULL, NULL, 0, 0, 0
    FROM (${indexRowsSql(ctx)}) i`,
};

export const sysIndexColumns: SystemViewDefinition = {
  schema: 'sys', name: 'index_columns',
  columns: columns([
    ['object_id', INT], ['index_id', INT], ['index_column_id', INT], ['column_id', INT], ['key_ordinal', TINYINT],
    ['partition_ordinal', TINYINT], ['is_descending_key', BIT, true], ['is_included_column', BIT, true],
    ['column_store_order_ordinal', TINYINT],
  ]),
  sql: (ctx) => `SELECT i.object_id, i.index_id, ic.key_ordinal, ic.column_id, ic.key_ordinal, 0, ic.is_descending, 0, 0
    FROM (${indexRowsSql(ctx)}) i JOIN ${ctx.sqliteSchema}.__msxd_index_columns ic ON ic.object_id = i.key_object_id
    WHERE i.index_id > 0`,
};
