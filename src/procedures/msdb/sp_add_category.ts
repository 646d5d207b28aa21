// sp_add_category: a job, alert or operator category (sysadmin only; 14261 if the class already
// has that name). https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-category-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { SYSNAME, varchar } from './job-support/param-types';
import { verifyCategory } from './job-support/verify-category';
import { execSql, ilit, nlit, queryRow, raise } from './shared/index';

export const spAddCategory: ProcedureDefinition = {
  name: 'sp_add_category',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@class', type: varchar(8), default: 'JOB' },
    { name: '@type', type: varchar(12), default: 'LOCAL' },
    { name: '@name', type: SYSNAME },
  ],
  async run(ctx, args) {
    const name = String(args.value('@name') ?? '').trim();
    const typeArg = args.value('@type');
    const v = await verifyCategory(ctx, String(args.value('@class') ?? ''), typeArg === null ? undefined : String(typeArg), name);
    if (!v) return 1;
    const dup = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.syscategories WHERE category_class = ${ilit(v.categoryClass)} AND name = ${nlit(name)}`);
    if (dup) return raise(ctx, 14261, '@name', name);
    const ok = await execSql(ctx, `INSERT INTO msdb.dbo.syscategories (category_class, category_type, name)
VALUES (${ilit(v.categoryClass)}, ${ilit(v.categoryType ?? null)}, ${nlit(name)});`);
    return ok ? 0 : 1;
  },
};
