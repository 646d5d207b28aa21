// sp_recompile [ @objname = ] N'object': SQL Server marks the object's plans (a table's or view's:
// every plan that references it) for recompilation. msxd keeps no plans; what it keeps are
// translations of statements to SQLite (engine/sql/translation-cache.ts), which DDL invalidates
// node-wide, so sp_recompile does the same (coarser than SQL Server: every object's translations).
// As SQL Server's body: a database part other than the current database is 15250; an object
// OBJECT_ID does not find, or one the caller may not ALTER, is 15165; then 15070.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-recompile-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';
import { nameParts } from './object-name-parts';
import { raiseAndFail } from './security-report';

export const spRecompile: ProcedureDefinition = {
  name: 'sp_recompile',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@objname', type: { kind: 'nvarchar', length: 776 } }],
  async run(ctx, args) {
    const name = text(args.value('@objname')) ?? '';
    // PARSENAME(@objname, 3): the database part of up to four parts (more is no object at all)
    const parts = nameParts(name);
    const databasePart = parts && parts.length >= 3 && parts.length <= 4 ? parts[parts.length - 3] : undefined;
    if (databasePart && databasePart.toLowerCase() !== ctx.database.toLowerCase()) return raiseAndFail(ctx, 15250);
    const [found] = await ctx.querySql(`SELECT CONVERT(int, ISNULL(HAS_PERMS_BY_NAME(${nstr(name)}, 'OBJECT', 'ALTER'), 0));`);
    const mayAlter = found?.rows[0]?.[0];
    if (mayAlter !== 1) return raiseAndFail(ctx, 15165, name);
    ctx.invalidateTranslations?.();
    await ctx.executeSql(`RAISERROR(15070, -1, -1, ${nstr(name)});`);
    return 0;
  },
};
