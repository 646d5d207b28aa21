// sp_help_category: the categories of a class (optionally of one type or name): category_id,
// category_type (in words with @suffix = 1), name, ordered by type and name.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-category-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { messageDef } from '../../errors/catalog';
import { BIT, SYSNAME, varchar } from './job-support/param-types';
import { verifyCategory } from './job-support/verify-category';
import { callerOf, ilit, nlit, queryRow, raise, requireAgentUser } from './shared/index';

export const spHelpCategory: ProcedureDefinition = {
  name: 'sp_help_category',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@class', type: varchar(8), default: 'JOB' },
    { name: '@type', type: varchar(12), default: null },
    { name: '@name', type: SYSNAME, default: null },
    { name: '@suffix', type: BIT, default: false },
  ],
  async run(ctx, args) {
    requireAgentUser(await callerOf(ctx), 'sp_help_category');
    const cls = String(args.value('@class') ?? '').trim();
    const type = args.value('@type') === null ? undefined : String(args.value('@type')).trim() || undefined;
    const name = args.value('@name') === null ? undefined : String(args.value('@name')).trim() || undefined;
    const typeIn = type ?? (cls.toUpperCase() === 'JOB' ? 'LOCAL' : 'NONE');
    const v = await verifyCategory(ctx, cls, typeIn, undefined);
    if (!v) return 1;
    if (name !== undefined) {
      const known = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.syscategories WHERE name = ${nlit(name)} AND category_class = ${ilit(v.categoryClass)}`);
      if (!known) return raise(ctx, 14526, name, String(v.categoryClass));
    }
    const where = [`category_class = ${ilit(v.categoryClass)}`];
    if (name !== undefined) where.push(`name = ${nlit(name)}`);
    if (type !== undefined) where.push(`category_type = ${ilit(v.categoryType ?? null)}`);
    const typeCol = args.value('@suffix') === true
      ? `CASE category_type WHEN 0 THEN 'NONE' WHEN 1 THEN 'LOCAL' WHEN 2 THEN 'MULTI-SERVER' WHEN 3 THEN 'NONE' ELSE ${nlit(messageDef(14205)!.text)} END AS category_type`
      : 'category_type';
    await ctx.executeSql(`SET NOCOUNT ON;
SELECT category_id, ${typeCol}, name FROM msdb.dbo.syscategories WHERE ${where.join(' AND ')} ORDER BY category_type, name;`);
    return 0;
  },
};
