// sp_helpindex [@objname =] 'name': the indexes of a table or view (index_name,
// index_description, index_keys), ordered by name; 15009 for an unknown object, 15472 (severity
// 10) when it has no index.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpindex-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text, withNocount } from './catalog-sql';
import { indexListSql } from './index-list-sql';

export const spHelpIndex: ProcedureDefinition = {
  name: 'sp_helpindex',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@objname', type: { kind: 'nvarchar', length: 776 } }],
  async run(ctx, args) {
    const n = nstr(text(args.value('@objname')) ?? '');
    await ctx.executeSql(withNocount(`DECLARE @__id int = OBJECT_ID(${n});
IF @__id IS NULL
  RAISERROR(15009, 16, 1, ${n}, ${nstr(ctx.database)});
ELSE
BEGIN
${indexListSql(n)}
END`));
  },
};
