// sp_refreshview [ @viewname = ] 'view': SQL Server rebinds a non-schema-bound view's stored
// metadata to its tables as they are now. msxd stores a view as its text and binds it each time a
// query reads it (src/engine/sql README), so there is no stale metadata to rewrite: refreshing is
// re-validating the definition against the current tables — the view is translated by reading no
// rows from it, and an error of its definition (208 a table gone, 207 a column gone) reaches the
// caller as SQL Server reports it, with return status 1 — and forgetting cached translations.
// An unknown name, an object that is not a view, or a view the caller may not ALTER: 15165.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-refreshview-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';
import { raiseAndFail } from './security-report';

export const spRefreshView: ProcedureDefinition = {
  name: 'sp_refreshview',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@viewname', type: { kind: 'nvarchar', length: 776 } }],
  async run(ctx, args) {
    const name = text(args.value('@viewname')) ?? '';
    const [found] = await ctx.querySql(`SELECT CONVERT(int, ISNULL(OBJECTPROPERTY(OBJECT_ID(${nstr(name)}), 'IsView'), 0)),
      CONVERT(int, ISNULL(HAS_PERMS_BY_NAME(${nstr(name)}, 'OBJECT', 'ALTER'), 0)),
      QUOTENAME(OBJECT_SCHEMA_NAME(OBJECT_ID(${nstr(name)}))) + N'.' + QUOTENAME(OBJECT_NAME(OBJECT_ID(${nstr(name)})));`);
    const [isView, mayAlter, qualified] = found?.rows[0] ?? [0, 0, null];
    if (isView !== 1 || mayAlter !== 1 || typeof qualified !== 'string') return raiseAndFail(ctx, 15165, name);
    ctx.invalidateTranslations?.();
    const sets = await ctx.querySql(`SELECT TOP (0) * FROM ${qualified};\nSELECT CONVERT(int, @@ERROR);`);
    return sets.length === 2 && sets[1]?.rows[0]?.[0] === 0 ? 0 : 1;
  },
};
