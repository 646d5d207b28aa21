// System table-valued functions of the sys schema whose arguments are constants, computed in
// TypeScript before the statement runs: sys.fn_my_permissions, fn_listextendedproperty,
// sys.dm_db_index_physical_stats, sys.dm_os_volume_stats, sys.dm_io_virtual_file_stats (system-views/
// file-space-views.ts). Their rows are inlined as VALUES like STRING_SPLIT's (builtin-table-functions.ts); every call reads afresh (volatile, never cached).
// Functions whose arguments are columns of the query (CROSS APPLY sys.dm_exec_sql_text(handle))
// are the system-views registry's (system-views/system-function.ts).
import { encodeValue } from '../../store/storage-types';
import { quoteIdent } from '../../store/sqlite-names';
import type { ObjectName, TableFunctionSource } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import { sqlError } from '../../errors/catalog';
import { evaluate } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { myPermissions } from '../security/my-permissions';
import { listPropertiesAt } from '../catalog/extended-properties';
import { notSupportedExpression } from '../statements/not-supported';
import { isConstant } from './fold';
import { VIRTUAL_FILE_STATS_COLUMNS, virtualFileStatsRows } from '../system-views/file-space-views';
import { PHYSICAL_COLUMNS, physicalRows, VOLUME_COLUMNS, volumeRows } from './physical-stats-rows';
import type { SourceColumn } from './source-types';
import type { TxContext } from './tx-context';

interface SystemTableFunction {
  readonly arity: number;
  readonly columns: readonly SourceColumn[];
  rows(scope: Scope, args: readonly SqlValue[]): readonly (readonly SqlValue[])[];
}

const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };
const text = (v: SqlValue | undefined): string | null => (v === null || v === undefined ? null : String(v));

const columnsOf = (defs: readonly (readonly [string, SqlType])[]): SourceColumn[] => defs.map(([name, type]) => ({ name, type, nullable: true }));

const FUNCTIONS: Readonly<Record<string, SystemTableFunction>> = {
  DM_DB_INDEX_PHYSICAL_STATS: { arity: 5, columns: columnsOf(PHYSICAL_COLUMNS), rows: physicalRows },
  DM_OS_VOLUME_STATS: { arity: 2, columns: columnsOf(VOLUME_COLUMNS), rows: volumeRows },
  DM_IO_VIRTUAL_FILE_STATS: { arity: 2, columns: VIRTUAL_FILE_STATS_COLUMNS, rows: virtualFileStatsRows },
  FN_MY_PERMISSIONS: {
    arity: 2,
    columns: [
      { name: 'entity_name', type: SYSNAME, nullable: true }, { name: 'subentity_name', type: SYSNAME, nullable: true },
      { name: 'permission_name', type: { kind: 'nvarchar', length: 60 }, nullable: true },
    ],
    rows: (scope, [securable, cls]) => myPermissions(scope, text(securable), text(cls)),
  },
  FN_LISTEXTENDEDPROPERTY: {
    arity: 7,
    columns: [
      { name: 'objtype', type: SYSNAME, nullable: true }, { name: 'objname', type: SYSNAME, nullable: true },
      { name: 'name', type: SYSNAME, nullable: true }, { name: 'value', type: { kind: 'sql_variant' }, nullable: true },
    ],
    rows: (scope, [name, ...levels]) => listPropertiesAt(scope, text(name), levels.map(text)),
  },
};

/** sys.fn_x or fn_x naming one of the functions above */
export function isSystemTableFunction(name: ObjectName): boolean {
  if (name.database || name.server) return false;
  if (name.schema && name.schema.toLowerCase() !== 'sys') return false;
  return Object.hasOwn(FUNCTIONS, name.name.toUpperCase());
}

export function systemTableFunction(s: TableFunctionSource, c: TxContext): { from: string; columns: SourceColumn[] } {
  const fn = FUNCTIONS[s.name.name.toUpperCase()]!;
  if (s.args.length < fn.arity) throw sqlError(313, s.name.name);
  if (s.args.length > fn.arity) throw sqlError(8144, s.name.name);
  if (!s.args.every((a) => a.kind === 'default' || isConstant(a))) throw notSupportedExpression(`${s.name.name} with column arguments`);
  const args = s.args.map((a) => (a.kind === 'default' ? null : evaluate(a, { scope: c.scope }).value));
  c.params.volatile = true;
  const columns = [...fn.columns];
  const rows = fn.rows(c.scope, args);
  if (rows.length === 0) return { from: `(SELECT ${columns.map((col) => `NULL AS ${quoteIdent(col.name)}`).join(', ')} WHERE 0)`, columns };
  const values = rows.map((r) => `(${r.map((v, i) => c.params.fixed(encodeValue(columns[i]!.type, v))).join(', ')})`);
  const names = columns.map((col, i) => `column${i + 1} AS ${quoteIdent(col.name)}`).join(', ');
  return { from: `(SELECT ${names} FROM (VALUES ${values.join(', ')}))`, columns };
}
