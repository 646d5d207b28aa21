// The rows of two system table-valued functions (system-table-functions.ts):
// sys.dm_db_index_physical_stats (database_id, object_id, index_id, partition_number, mode) and
// sys.dm_os_volume_stats (database_id, file_id) ("sys.dm_db_index_physical_stats (Transact-SQL)",
// "sys.dm_os_volume_stats (Transact-SQL)"), over the store's page facts (dbstat) and the file
// system (statfs). Every call reads afresh (the translation is volatile, never cached).
//
// dm_db_index_physical_stats: one row per index of each user table (the leaf level, index_level
// 0), SQL Server's 30 columns. msxd's b-trees are SQLite's: a table's rows are its rowid b-tree
// (index_id 0 HEAP, or 1 CLUSTERED INDEX when it has a primary key, whose own unique SQLite index
// is not listed), every other index its own b-tree (index_id as sys.indexes numbers them). Pages
// are SQLite pages (4 KB), page_count every page the b-tree owns, index_depth its levels,
// fragment_count the runs of consecutive leaf pages, avg_fragmentation_in_percent the share of
// leaf pages whose successor in key order lies earlier in the file (SQL Server's logical
// fragmentation). LIMITED (the default) leaves the record columns NULL as SQL Server does;
// SAMPLED and DETAILED fill record_count, avg_page_space_used_in_percent and the record sizes
// (min_record_size_in_bytes stays NULL: SQLite reports the largest and the total only). Only
// databases the caller owns (db_owner; SQL Server: VIEW DATABASE STATE) are listed.
// dm_os_volume_stats: the file system holding a database file (file_id 1) or its WAL (2).
import { statfsSync } from 'node:fs';
import { sqlError } from '../../errors/catalog';
import { btreeStats, ciKey, databaseFile, sqliteTableName, type DatabaseInfo } from '../../store/index';
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import { mountOf } from '../../util/mounts';
import { childObjects } from '../ddl/catalog-rows';
import { isDbOwner } from '../security/require-permission';
import { sqliteIndexName } from '../ddl/sqlite-ddl';
import type { Scope } from '../interpreter/scope';

const INT: SqlType = { kind: 'int' };
const BIGINT: SqlType = { kind: 'bigint' };
const SMALLINT: SqlType = { kind: 'smallint' };
const TINYINT: SqlType = { kind: 'tinyint' };
const FLOAT: SqlType = { kind: 'float' };
const NV60: SqlType = { kind: 'nvarchar', length: 60 };
const NV256: SqlType = { kind: 'nvarchar', length: 256 };

export const PHYSICAL_COLUMNS: readonly [string, SqlType][] = [
  ['database_id', SMALLINT], ['object_id', INT], ['index_id', INT], ['partition_number', INT], ['index_type_desc', NV60],
  ['alloc_unit_type_desc', NV60], ['index_depth', TINYINT], ['index_level', TINYINT], ['avg_fragmentation_in_percent', FLOAT],
  ['fragment_count', BIGINT], ['avg_fragment_size_in_pages', FLOAT], ['page_count', BIGINT], ['avg_page_space_used_in_percent', FLOAT],
  ['record_count', BIGINT], ['ghost_record_count', BIGINT], ['version_ghost_record_count', BIGINT], ['min_record_size_in_bytes', INT],
  ['max_record_size_in_bytes', INT], ['avg_record_size_in_bytes', FLOAT], ['forwarded_record_count', BIGINT],
  ['compressed_page_count', BIGINT], ['hobt_id', BIGINT], ['columnstore_delete_buffer_state', TINYINT],
  ['columnstore_delete_buffer_state_desc', NV60], ['version_record_count', BIGINT], ['inrow_version_record_count', BIGINT],
  ['inrow_diff_version_record_count', BIGINT], ['total_inrow_version_payload_size_in_bytes', BIGINT],
  ['offrow_regular_version_record_count', BIGINT], ['offrow_long_term_version_record_count', BIGINT],
];

export const VOLUME_COLUMNS: readonly [string, SqlType][] = [
  ['database_id', INT], ['file_id', INT], ['volume_mount_point', NV256], ['volume_id', NV256], ['logical_volume_name', NV256],
  ['file_system_type', NV256], ['total_bytes', BIGINT], ['available_bytes', BIGINT], ['supports_compression', TINYINT],
  ['supports_alternate_streams', TINYINT], ['supports_sparse_files', TINYINT], ['is_read_only', TINYINT], ['is_compressed', TINYINT],
  ['incurs_seek_penalty', TINYINT],
];

/** NULL, 0 and DEFAULT mean "all" for the id arguments */
function idArg(v: SqlValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) && n !== 0 ? n : null;
}

function databasesOf(scope: Scope, id: number | null): DatabaseInfo[] {
  const all = scope.engine.store.listDatabases();
  return id === null ? all : all.filter((d) => d.databaseId === id);
}

export function physicalRows(scope: Scope, args: readonly SqlValue[]): SqlValue[][] {
  const [dbId = null, objectId = null, indexId = null, partition = null] = args.slice(0, 4).map(idArg);
  const mode = args[4] === null || args[4] === undefined ? 'LIMITED' : String(args[4]).toUpperCase();
  if (!['LIMITED', 'SAMPLED', 'DETAILED', 'DEFAULT'].includes(mode)) throw sqlError(2560, 5);
  const detailed = mode === 'SAMPLED' || mode === 'DETAILED';
  const s = scope.session.storage;
  if (!s || (partition !== null && partition !== 1)) return [];
  const out: SqlValue[][] = [];
  for (const db of databasesOf(scope, dbId)) {
    if (!isDbOwner(scope, db.name)) continue;
    const schema = s.sqliteSchema(db.name);
    const stats = new Map(btreeStats(s, db.name).map((b) => [b.name, b]));
    const tables = s.all<{ object_id: number; schema_name: string; name: string }>(`SELECT o.object_id, sc.name AS schema_name, o.name
      FROM ${schema}.__msxd_objects o JOIN ${schema}.__msxd_schemas sc ON sc.schema_id = o.schema_id WHERE o.type = 'U' ORDER BY o.object_id`);
    for (const t of tables) {
      if (objectId !== null && t.object_id !== objectId) continue;
      const table = sqliteTableName(t.schema_name, t.name);
      const keys = childObjects(s, schema, t.object_id).filter((o) => ['PK', 'UQ', 'IX'].includes(o.type)).sort((a, b) => a.objectId - b.objectId);
      const hasPk = keys.some((k) => k.type === 'PK');
      const btrees: [number, string, string][] = [[hasPk ? 1 : 0, hasPk ? 'CLUSTERED INDEX' : 'HEAP', table]];
      keys.filter((k) => k.type !== 'PK').forEach((k, i) => btrees.push([i + 2, 'NONCLUSTERED INDEX', sqliteIndexName(table, k.name)]));
      for (const [id, desc, btree] of btrees) {
        if (indexId !== null && indexId !== -1 && id !== indexId) continue;
        const b = stats.get(btree) ?? [...stats.values()].find((x) => ciKey(x.name) === ciKey(btree));
        out.push(physicalRow(db.databaseId, t.object_id, id, desc, b, detailed));
      }
    }
  }
  return out;
}

function physicalRow(dbId: number, objectId: number, indexId: number, desc: string,
  b: ReturnType<typeof btreeStats>[number] | undefined, detailed: boolean): SqlValue[] {
  const leaf = b?.leafPages ?? 0;
  const fragments = b?.fragments ?? 0;
  return [
    dbId, objectId, indexId, 1, desc, 'IN_ROW_DATA', b?.depth ?? 1, 0,
    leaf === 0 ? 0 : ((b?.outOfOrder ?? 0) / leaf) * 100, BigInt(fragments), fragments === 0 ? null : leaf / fragments,
    BigInt(b?.pages ?? 0),
    detailed ? b?.usedPercent ?? 0 : null, detailed ? BigInt(b?.records ?? 0) : null, detailed ? 0n : null, detailed ? 0n : null,
    null, detailed ? b?.maxRecordBytes ?? 0 : null, detailed ? b?.avgRecordBytes ?? 0 : null,
    detailed && indexId === 0 ? 0n : null, 0n, null, 0, 'NOT VALID', 0n, 0n, 0n, 0n, 0n, 0n,
  ];
}

export function volumeRows(scope: Scope, args: readonly SqlValue[]): SqlValue[][] {
  const [dbId = null, fileId = null] = args.map(idArg);
  if (dbId === null || fileId === null || (fileId !== 1 && fileId !== 2)) return [];
  const db = databasesOf(scope, dbId)[0];
  const s = scope.session.storage;
  if (!db || !s) return [];
  const file = databaseFile(s, db.name) || db.file;
  const m = mountOf(file);
  const fs = statfsSync(file);
  return [[
    db.databaseId, fileId, m.mountPoint, m.device, '', m.type, BigInt(fs.blocks) * BigInt(fs.bsize),
    BigInt(fs.bavail) * BigInt(fs.bsize), 0, 0, 1, 0, 0, 0,
  ]];
}
