// sp_fkeys [@pktable_name] [, @pktable_owner] [, @pktable_qualifier] [, @fktable_name]
// [, @fktable_owner] [, @fktable_qualifier]: foreign key columns between two tables, or all that
// reference one table, or all of one table (ODBC SQLForeignKeys, JDBC getImportedKeys /
// getExportedKeys / getCrossReference). Exact names; one of the two table names is required (15252).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-fkeys-transact-sql
import type { ProcedureContext, ProcedureDefinition } from '../engine/procedure-registry';
import { sqlError } from '../errors/catalog';
import type { SqlValue } from '../types/values';
import { checkQualifier, column, findTable, SMALLINT, SYSNAME } from './odbc-catalog';

const COLUMNS = [
  column('PKTABLE_QUALIFIER', SYSNAME), column('PKTABLE_OWNER', SYSNAME), column('PKTABLE_NAME', SYSNAME),
  column('PKCOLUMN_NAME', SYSNAME), column('FKTABLE_QUALIFIER', SYSNAME), column('FKTABLE_OWNER', SYSNAME),
  column('FKTABLE_NAME', SYSNAME), column('FKCOLUMN_NAME', SYSNAME), column('KEY_SEQ', SMALLINT),
  column('UPDATE_RULE', SMALLINT), column('DELETE_RULE', SMALLINT), column('FK_NAME', SYSNAME),
  column('PK_NAME', SYSNAME), column('DEFERRABILITY', SMALLINT),
];

/**
 * sys.foreign_keys' referential action (0 NO ACTION, 1 CASCADE, 2 SET NULL, 3 SET DEFAULT) as
 * sp_fkeys documents UPDATE_RULE / DELETE_RULE: 0 CASCADE, 1 NO ACTION, 2 SET NULL, 3 SET DEFAULT.
 */
const RULE_OF_ACTION: readonly number[] = [1, 0, 2, 3];

/** ODBC SQL_NOT_DEFERRABLE: SQL Server checks every constraint at once. */
const NOT_DEFERRABLE = 7;

/** The object id a name pair selects: undefined = no filter, 0 = a name that finds nothing. */
async function tableFilter(ctx: ProcedureContext, name: SqlValue, owner: SqlValue): Promise<number | undefined> {
  if (name === null) return undefined;
  return (await findTable(ctx, name, owner))?.objectId ?? 0;
}

/** Name of the unique index whose key is exactly the referenced columns (the primary key first). */
async function keyIndexNames(ctx: ProcedureContext, tableIds: readonly number[]): Promise<Map<number, { name: string; cols: string }[]>> {
  const out = new Map<number, { name: string; cols: string }[]>();
  if (tableIds.length === 0) return out;
  const [set] = await ctx.querySql(`SELECT i.object_id, i.name, c.name FROM sys.indexes i
    JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
    JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
    WHERE i.is_unique = 1 AND i.object_id IN (${tableIds.join(', ')})
    ORDER BY i.object_id, i.is_primary_key DESC, i.index_id, c.name`);
  const grouped = new Map<string, { id: number; name: string; cols: string[] }>();
  for (const [id, name, col] of set?.rows ?? []) {
    const key = `${String(id)}\u0000${String(name)}`;
    const entry = grouped.get(key) ?? { id: Number(id), name: String(name), cols: [] };
    entry.cols.push(String(col).toLowerCase());
    grouped.set(key, entry);
  }
  for (const { id, name, cols } of grouped.values()) out.set(id, [...(out.get(id) ?? []), { name, cols: cols.sort().join(',') }]);
  return out;
}

export const spFkeys: ProcedureDefinition = {
  name: 'sp_fkeys',
  home: 'system',
  permission: 'public',
  parameters: ['@pktable_name', '@pktable_owner', '@pktable_qualifier', '@fktable_name', '@fktable_owner', '@fktable_qualifier']
    .map((name) => ({ name, type: SYSNAME, default: null })),
  async run(ctx, args) {
    if (args.value('@pktable_name') === null && args.value('@fktable_name') === null) throw sqlError(15252);
    checkQualifier(ctx, args.value('@fktable_qualifier'));
    checkQualifier(ctx, args.value('@pktable_qualifier'));
    const pk = await tableFilter(ctx, args.value('@pktable_name'), args.value('@pktable_owner'));
    const fk = await tableFilter(ctx, args.value('@fktable_name'), args.value('@fktable_owner'));
    const where = [...(pk === undefined ? [] : [`f.referenced_object_id = ${pk}`]), ...(fk === undefined ? [] : [`f.parent_object_id = ${fk}`])];
    // SQL Server's body orders by the primary key side when only the foreign key table is named.
    const order = pk === undefined ? 'SCHEMA_NAME(ro.schema_id), ro.name, fc.constraint_column_id, rc.name'
      : 'SCHEMA_NAME(po.schema_id), po.name, fc.constraint_column_id, pc.name';
    const [set] = await ctx.querySql(`SELECT SCHEMA_NAME(ro.schema_id), ro.name, rc.name, SCHEMA_NAME(po.schema_id), po.name, pc.name,
        fc.constraint_column_id, f.update_referential_action, f.delete_referential_action, f.name, f.referenced_object_id, f.object_id
      FROM sys.foreign_keys f JOIN sys.foreign_key_columns fc ON fc.constraint_object_id = f.object_id
      JOIN sys.objects po ON po.object_id = f.parent_object_id JOIN sys.objects ro ON ro.object_id = f.referenced_object_id
      JOIN sys.columns pc ON pc.object_id = fc.parent_object_id AND pc.column_id = fc.parent_column_id
      JOIN sys.columns rc ON rc.object_id = fc.referenced_object_id AND rc.column_id = fc.referenced_column_id
      WHERE ${where.join(' AND ')}
      ORDER BY ${order}`);
    const rows = set?.rows ?? [];
    const referencedColumns = new Map<number, string[]>();
    for (const r of rows) referencedColumns.set(Number(r[11]), [...(referencedColumns.get(Number(r[11])) ?? []), String(r[2]).toLowerCase()]);
    const keys = await keyIndexNames(ctx, [...new Set(rows.map((r) => Number(r[10])))]);
    const keyName = (refId: number, fkId: number): string | null => {
      const cols = [...(referencedColumns.get(fkId) ?? [])].sort().join(',');
      return keys.get(refId)?.find((k) => k.cols === cols)?.name ?? null;
    };
    await ctx.resultSet(COLUMNS, rows.map((r) => [ctx.database, r[0] ?? null, r[1] ?? null, r[2] ?? null, ctx.database, r[3] ?? null,
      r[4] ?? null, r[5] ?? null, Number(r[6]), RULE_OF_ACTION[Number(r[7])] ?? 1, RULE_OF_ACTION[Number(r[8])] ?? 1, r[9] ?? null,
      keyName(Number(r[10]), Number(r[11])), NOT_DEFERRABLE]));
  },
};
