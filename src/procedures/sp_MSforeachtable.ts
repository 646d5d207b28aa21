// sp_MSforeachtable @command1 [, @replacechar = N'?'] [, @command2] [, @command3] [, @whereand]
// [, @precommand] [, @postcommand]: runs commands for every user table of the current database,
// the replace character becoming the quoted two-part name '[schema].[table]' (as SQL Server builds
// it: '[' + REPLACE(name, ']', ']]') + ']'). @whereand is appended to the table query's WHERE as
// SQL Server appends it; its scripts name sysobjects as `o` (o.name, o.id, o.uid ...) and
// sys.all_objects as `syso`, so the query offers both under those aliases. Shipped tables
// (sysobjects.category & 2, msxd's is_ms_shipped) are left out as SQL Server leaves them out.
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { COMMAND_PARAMETERS, COMMAND_TYPE, PRE_POST_PARAMETERS, forEachName, foreachCommands, runDynamic } from './foreach-worker';

function tableQuery(whereand: string): string {
  return `SELECT N'[' + REPLACE(SCHEMA_NAME(syso.schema_id), N']', N']]') + N'].[' + REPLACE(syso.name, N']', N']]') + N']'
FROM (SELECT object_id AS id, name, schema_id AS uid, type AS xtype, type, parent_object_id AS parent_obj,
    create_date AS crdate, modify_date AS refdate FROM sys.objects) o
  JOIN sys.all_objects syso ON o.id = syso.object_id
WHERE syso.type = 'U' AND syso.is_ms_shipped = 0 ${whereand}
ORDER BY o.id`;
}

export const spMSforeachtable: ProcedureDefinition = {
  name: 'sp_MSforeachtable',
  home: 'system',
  permission: 'public',
  parameters: [...COMMAND_PARAMETERS, { name: '@whereand', type: COMMAND_TYPE, default: null }, ...PRE_POST_PARAMETERS],
  async run(ctx, args) {
    const text = (name: string): string | null => { const v = args.value(name); return v === null ? null : String(v); };
    await runDynamic(ctx, text('@precommand'));
    // SQL Server declares its cursor with EXEC (N'... WHERE ...' + @whereand), whose parts are
    // EXEC's own concatenation: a NULL part adds nothing, so the default lists every table.
    const [list] = await ctx.querySql(tableQuery(text('@whereand') ?? ''));
    const names = (list?.rows ?? []).map((r) => String(r[0]));
    await forEachName(ctx, names, foreachCommands((n) => args.value(n)));
    await runDynamic(ctx, text('@postcommand'));
    return 0;
  },
};
