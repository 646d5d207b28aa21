// sys.dm_db_partition_stats (and sys.partitions, sys.allocation_units over it): page and row counts per index, from SQLite's dbstat virtual table
// (compiled into better-sqlite3's SQLite), which walks every page of the database's b-trees. What
// sp_spaceused and SSMS's disk reports read.
// https://learn.microsoft.com/sql/relational-databases/system-dynamic-management-views/sys-dm-db-partition-stats-transact-sql
//
// A table is one SQLite b-tree plus one per index (PRIMARY KEY, UNIQUE, CREATE INDEX, each with
// its null guard when it has one: "<table>$<index>", "msxd_nulls$<table>$<index>"). One row per
// sys.indexes row: index_id 0 (heap) or 1 (primary key) has the table's b-tree as its data pages
// and, for a primary key, that key's SQLite index too in used pages (SQL Server's clustered index
// is the table); index_id 2 up has its own b-tree(s). Pages are SQL Server's 8 KB: each b-tree's
// bytes rounded up. SQLite allocates page by page, so reserved = used; nothing is LOB or
// row-overflow. row_count is the table b-tree's leaf cells (exact for rowid tables, which every
// catalogue table is), the same for every index of the table (no filtered indexes).
import type { SystemViewContext, SystemViewDefinition } from '../sql/system-view-registry';
import { indexRowsSql } from './index-views';
import {
  BIGINT, BIT, columns, INT, nvarchar, schemaLiteral, SMALLINT, TINYINT, varchar,
} from './view-columns';

const PAGE_BYTES = 8192;
const pages = (bytes: string): string => `CAST((${bytes} + ${PAGE_BYTES - 1}) / ${PAGE_BYTES} AS INTEGER)`;

export const sysDmDbPartitionStats: SystemViewDefinition = {
  schema: 'sys', name: 'dm_db_partition_stats',
  columns: columns([
    ['partition_id', BIGINT], ['object_id', INT], ['index_id', INT], ['partition_number', INT],
    ['in_row_data_page_count', BIGINT], ['in_row_used_page_count', BIGINT], ['in_row_reserved_page_count', BIGINT],
    ['lob_used_page_count', BIGINT], ['lob_reserved_page_count', BIGINT], ['row_overflow_used_page_count', BIGINT],
    ['row_overflow_reserved_page_count', BIGINT], ['used_page_count', BIGINT], ['reserved_page_count', BIGINT],
    ['row_count', BIGINT],
  ]),
  sql: (ctx) => {
    const db = ctx.sqliteSchema;
    const btrees = `SELECT s.tbl_name, s.name, s.name = s.tbl_name AS is_table, ${pages('sum(st.pgsize)')} AS pages,
        sum(CASE WHEN st.pagetype = 'leaf' THEN st.ncell ELSE 0 END) AS leaf_cells
      FROM ${db}.sqlite_schema s JOIN dbstat(${schemaLiteral(db)}) st ON st.name = s.name
      WHERE s.type IN ('table', 'index') GROUP BY s.name`;
    const ownsBtree = `(b.name = o.sqlite_name || '$' || i.name OR b.name = 'msxd_nulls$' || o.sqlite_name || '$' || i.name)`;
    // dbstat walks every page: once per read of the view (MATERIALIZED), not once per join
    return `WITH b AS MATERIALIZED (${btrees})
      SELECT (o.object_id * 65536) + i.index_id, o.object_id, i.index_id, 1,
        coalesce(sum(CASE WHEN i.index_id < 2 THEN (CASE WHEN b.is_table THEN b.pages ELSE 0 END) ELSE b.pages END), 0),
        coalesce(sum(b.pages), 0), coalesce(sum(b.pages), 0), 0, 0, 0, 0, coalesce(sum(b.pages), 0), coalesce(sum(b.pages), 0),
        coalesce(max(t.leaf_cells), 0)
      FROM ${db}.__msxd_objects o JOIN (${indexRowsSql(ctx)}) i ON i.object_id = o.object_id
      LEFT JOIN b ON b.tbl_name = o.sqlite_name AND ((i.index_id < 2 AND b.is_table) OR (i.name IS NOT NULL AND ${ownsBtree}))
      LEFT JOIN b t ON t.name = o.sqlite_name
      WHERE o.type = 'U'
      GROUP BY o.object_id, i.index_id
      ORDER BY o.object_id, i.index_id`;
  },
};

const STATS_NAMES = sysDmDbPartitionStats.columns.map((c) => c.name).join(', ');
const withStats = (ctx: SystemViewContext, select: string): string =>
  `WITH p(${STATS_NAMES}) AS (${sysDmDbPartitionStats.sql(ctx)}) ${select}`;

/** sys.partitions: one partition per index; hobt_id is the partition_id; no compression. */
export const sysPartitions: SystemViewDefinition = {
  schema: 'sys', name: 'partitions',
  columns: columns([
    ['partition_id', BIGINT], ['object_id', INT], ['index_id', INT], ['partition_number', INT], ['hobt_id', BIGINT],
    ['rows', BIGINT, true], ['filestream_filegroup_id', SMALLINT], ['data_compression', TINYINT],
    ['data_compression_desc', nvarchar(60), true], ['xml_compression', BIT, true], ['xml_compression_desc', varchar(3), true],
  ]),
  sql: (ctx) => withStats(ctx, `SELECT partition_id, object_id, index_id, partition_number, partition_id, row_count, 0, 0, 'NONE', 0, 'OFF'
    FROM p ORDER BY object_id, index_id`),
};

/** sys.allocation_units: the IN_ROW_DATA unit of each partition (msxd has no LOB or row-overflow units). */
export const sysAllocationUnits: SystemViewDefinition = {
  schema: 'sys', name: 'allocation_units',
  columns: columns([
    ['allocation_unit_id', BIGINT], ['type', TINYINT], ['type_desc', nvarchar(60), true], ['container_id', BIGINT],
    ['data_space_id', INT, true], ['total_pages', BIGINT], ['used_pages', BIGINT], ['data_pages', BIGINT],
  ]),
  sql: (ctx) => withStats(ctx, `SELECT partition_id, 1, 'IN_ROW_DATA', partition_id, 1, reserved_page_count, used_page_count,
      in_row_data_page_count
    FROM p ORDER BY object_id, index_id`),
};
