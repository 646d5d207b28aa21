// sp_delete_category: deletes a user category (sysadmin only; 14262 unknown, 14276 permanent);
// its jobs go back to [Uncategorized (Local)] / [Uncategorized (Multi-Server)], its alerts to
// category 98 and its operators to 99.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-category-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { SYSNAME, varchar } from './job-support/param-types';
import { verifyCategory } from './job-support/verify-category';
import { execSql, ilit, nlit, queryRow, raise } from './shared/index';

export const spDeleteCategory: ProcedureDefinition = {
  name: 'sp_delete_category',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@class', type: varchar(8) },
    { name: '@name', type: SYSNAME },
  ],
  async run(ctx, args) {
    const cls = String(args.value('@class') ?? '').trim();
    const name = String(args.value('@name') ?? '').trim();
    const v = await verifyCategory(ctx, cls, undefined, undefined);
    if (!v) return 1;
    const c = await queryRow(ctx, `SELECT category_id, category_type FROM msdb.dbo.syscategories WHERE category_class = ${ilit(v.categoryClass)} AND name = ${nlit(name)}`);
    if (!c) return raise(ctx, 14262, '@name', name);
    const id = Number(c.category_id);
    if (id < 100) return raise(ctx, 14276, name, cls);
    const jobCategory = Number(c.category_type) === 2 ? 2 : 0;
    const ok = await execSql(ctx, [
      `UPDATE msdb.dbo.sysjobs SET category_id = ${jobCategory} WHERE category_id = ${ilit(id)};`,
      `UPDATE msdb.dbo.sysalerts SET category_id = 98 WHERE category_id = ${ilit(id)};`,
      `UPDATE msdb.dbo.sysoperators SET category_id = 99 WHERE category_id = ${ilit(id)};`,
      `DELETE FROM msdb.dbo.syscategories WHERE category_id = ${ilit(id)};`,
    ], true);
    return ok ? 0 : 1;
  },
};
