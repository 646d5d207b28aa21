// The result set of sp_describe_first_result_set (and the columns sys.dm_exec_describe_first_result_set
// shares with it): one row per column of the described result set, SQL Server's 39 columns in its
// order and types ("sp_describe_first_result_set (Transact-SQL)", Result sets).
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import { SERVER_COLLATION } from '../../types/collation';
import { typeDisplay } from '../../types/type-names';
import { maxLengthOf, precisionOf, scaleOf, systemTypeIdOf } from '../catalog/type-facts';
import type { ResultColumn } from '../result-sink';
import type { BrowseColumn } from './browse-information';
import { tdsFacts } from './tds-facts';

const BIT = { kind: 'bit' } as const;
const INT = { kind: 'int' } as const;
const SMALLINT = { kind: 'smallint' } as const;
const TINYINT = { kind: 'tinyint' } as const;
const SYSNAME = { kind: 'nvarchar', length: 128 } as const;

const col = (name: string, type: SqlType, nullable: boolean): ResultColumn => ({ name, type, nullable });

export const DESCRIBE_COLUMNS: readonly ResultColumn[] = [
  col('is_hidden', BIT, false), col('column_ordinal', INT, false), col('name', SYSNAME, true),
  col('is_nullable', BIT, false), col('system_type_id', INT, false),
  col('system_type_name', { kind: 'nvarchar', length: 256 }, true), col('max_length', SMALLINT, false),
  col('precision', TINYINT, false), col('scale', TINYINT, false), col('collation_name', SYSNAME, true),
  col('user_type_id', INT, true), col('user_type_database', SYSNAME, true), col('user_type_schema', SYSNAME, true),
  col('user_type_name', SYSNAME, true), col('assembly_qualified_type_name', { kind: 'nvarchar', length: 4000 }, true),
  col('xml_collection_id', INT, true), col('xml_collection_database', SYSNAME, true),
  col('xml_collection_schema', SYSNAME, true), col('xml_collection_name', SYSNAME, true),
  col('is_xml_document', BIT, false), col('is_case_sensitive', BIT, false), col('is_fixed_length_clr_type', BIT, false),
  col('source_server', SYSNAME, true), col('source_database', SYSNAME, true), col('source_schema', SYSNAME, true),
  col('source_table', SYSNAME, true), col('source_column', SYSNAME, true),
  col('is_identity_column', BIT, true), col('is_part_of_unique_key', BIT, true), col('is_updateable', BIT, true),
  col('is_computed_column', BIT, true), col('is_sparse_column_set', BIT, true),
  col('ordinal_in_order_by_list', SMALLINT, true), col('order_by_list_length', SMALLINT, true),
  col('order_by_is_descending', SMALLINT, true),
  col('tds_type_id', INT, false), col('tds_length', INT, false), col('tds_collation_id', INT, true),
  col('tds_collation_sort_id', TINYINT, true),
];

/** What the statement's tree tells of one result column beyond its ResultColumn. */
export interface ColumnOrigin {
  /** the column comes straight from a table or view column (not an expression) */
  readonly fromColumn: boolean;
  /** 1-based position in the top-level ORDER BY list */
  readonly orderOrdinal?: number;
  readonly orderDescending?: boolean;
}

const COLLATED = new Set<SqlType['kind']>(['char', 'varchar', 'nchar', 'nvarchar', 'text', 'ntext']);
// "CI" collation: character comparisons ignore case (MS-TDS collation flag fIgnoreCase)
const CASE_SENSITIVE = (SERVER_COLLATION.flags & 0x01) === 0;

/** browse modes 1 and 2: where the column comes from, and whether it is a hidden key column */
export interface RowBrowse {
  readonly info: BrowseColumn | undefined;
  readonly hidden: boolean;
}

export function describeRow(c: ResultColumn, ordinal: number, origin: ColumnOrigin, orderByLength: number, browse?: RowBrowse): SqlValue[] {
  const source = browse?.info?.source;
  const tds = tdsFacts(c.type, c.nullable);
  const collated = COLLATED.has(c.type.kind);
  const ordered = origin.orderOrdinal !== undefined;
  return [
    browse?.hidden === true, ordinal, c.name === '' ? null : c.name, c.nullable, systemTypeIdOf(c.type), typeDisplay(c.type),
    maxLengthOf(c.type), precisionOf(c.type), scaleOf(c.type), collated ? SERVER_COLLATION.name : null,
    // user_type_* and the assembly name are for alias and CLR types only; xml_collection_* for typed xml
    null, null, null, null, null, null, null, null, null,
    false, collated && CASE_SENSITIVE, false,
    // source_* and is_part_of_unique_key are filled only in browse modes 1 and 2
    null, source?.database ?? null, source?.schema ?? null, source?.table ?? null, source?.column ?? null,
    c.identity === true, browse?.info?.uniqueKey ?? null, origin.fromColumn && c.identity !== true, false, false,
    ordered ? origin.orderOrdinal! : null, ordered ? orderByLength : null, ordered ? (origin.orderDescending ? 1 : 0) : null,
    tds.typeId, tds.length, tds.collationId, tds.collationSortId,
  ];
}
