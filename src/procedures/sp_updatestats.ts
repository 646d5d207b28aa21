// sp_updatestats [ [ @resample = ] 'resample' ] ("sp_updatestats (Transact-SQL)"): UPDATE
// STATISTICS of every index of every user table of the current database, run as T-SQL through
// the engine (SQLite ANALYZE: engine/statements/index-maintenance.ts), with SQL Server's progress
// messages: 15650 "Updating [schema].[table]", 15652 "    [index] has been updated..." per index,
// the count line (15651's text, printed indented as sp_updatestats prints it), a blank line, then
// 15005 "Statistics for all tables have been updated.". SQL Server skips statistics whose rows
// did not change (rowmodctr); msxd keeps no modification counters, so every index is updated and
// the "did not require update" count is 0. 'resample' is accepted (ANALYZE always reads every
// row); another option is 14138. sysadmin or db_owner, else 15247.
import { formatMessage, messageDef, sqlError } from '../errors/catalog';
import { SqlError } from '../errors/sql-error';
import type { ProcedureContext, ProcedureDefinition } from '../engine/procedure-registry';
import { strArg } from './msdb/schedule-support/params';

const INDENT = '    ';

export const spUpdateStats: ProcedureDefinition = {
  name: 'sp_updatestats',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@resample', type: { kind: 'char', length: 8 }, default: 'NO' }],
  async run(ctx, args) {
    const option = strArg(args.value('@resample')) ?? 'NO';
    if (!['resample', 'no'].includes(option.trim().toLowerCase())) throw sqlError(14138, option.padEnd(8));
    const [owner] = await ctx.querySql("SELECT CONVERT(int, ISNULL(IS_MEMBER('db_owner'), 0));");
    if (!ctx.isSysadmin && owner?.rows[0]?.[0] !== 1) throw sqlError(15247);
    const [indexes] = await ctx.querySql(`SELECT s.name, t.name, i.name FROM sys.tables t
      JOIN sys.schemas s ON s.schema_id = t.schema_id
      LEFT JOIN sys.indexes i ON i.object_id = t.object_id AND i.index_id > 0
      ORDER BY s.name, t.name, i.index_id;`);
    const tables = new Map<string, { schema: string; table: string; indexes: string[] }>();
    for (const [schema, table, index] of indexes?.rows ?? []) {
      const key = `${String(schema)}.${String(table)}`;
      const entry = tables.get(key) ?? { schema: String(schema), table: String(table), indexes: [] };
      if (typeof index === 'string') entry.indexes.push(index);
      tables.set(key, entry);
    }
    for (const t of tables.values()) {
      const target = `${quoteName(t.schema)}.${quoteName(t.table)}`;
      ctx.info(sqlError(15650, target));
      for (const ix of t.indexes) {
        await ctx.querySql(`UPDATE STATISTICS ${target} ${quoteName(ix)};`);
        ctx.info(sqlError(15652, `${INDENT}${quoteName(ix)}`));
      }
      print(ctx, `${INDENT}${formatMessage(messageDef(15651)!.text, [t.indexes.length, 0])}`);
      print(ctx, ' ');
    }
    ctx.info(sqlError(15005));
    return 0;
  },
};

function print(ctx: ProcedureContext, text: string): void {
  ctx.info(new SqlError(0, 0, 1, text));
}

function quoteName(name: string): string {
  return `[${name.replace(/]/g, ']]')}]`;
}
