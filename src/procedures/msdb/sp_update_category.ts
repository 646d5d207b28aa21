// sp_update_category: renames a category (sysadmin only). As SQL Server: 14526 unknown name,
// 14261 new name taken, 14276 for the permanent categories (ids 0-99).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-update-category-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { SYSNAME, varchar } from './job-support/param-types';
import { verifyCategory } from './job-support/verify-category';
import { execSql, ilit, nlit, queryRow, raise } from './shared/index';

export const spUpdateCategory: ProcedureDefinition = {
  name: 'sp_update_category',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@class', type: varchar(8) },
    { name: '@name', type: SYSNAME },
    { name: '@new_name', type: SYSNAME },
  ],
  async run(ctx, args) {
    const cls = String(args.value('@class') ?? '').trim();
    const name = args.value('@name') === null ? undefined : String(args.value('@name')).trim() || undefined;
    const newName = args.value('@new_name') === null ? undefined : String(args.value('@new_name')).trim();
    const v = await verifyCategory(ctx, cls, undefined, newName);
    if (!v) return 1;
    const current = name === undefined ? undefined
      : await queryRow(ctx, `SELECT category_id FROM msdb.dbo.syscategories WHERE name = ${nlit(name)} AND category_class = ${ilit(v.categoryClass)}`);
    if (name !== undefined && !current) return raise(ctx, 14526, name, v.categoryClass);
    const taken = await queryRow(ctx, `SELECT category_id FROM msdb.dbo.syscategories WHERE category_class = ${ilit(v.categoryClass)} AND name = ${nlit(newName)}`);
    if (taken) return raise(ctx, 14261, '@new_name', newName ?? null);
    if (current && Number(current.category_id) < 100) return raise(ctx, 14276, name!, cls);
    const ok = await execSql(ctx, `UPDATE msdb.dbo.syscategories SET name = ${nlit(newName)}
WHERE category_class = ${ilit(v.categoryClass)} AND name = ${nlit(name)};`);
    return ok ? 0 : 1;
  },
};
