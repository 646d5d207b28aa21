// sp_add_operator: a new operator (sysadmin only: 15003), checked by sp_verify_operator.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-operator-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME, TINYINT, nvarchar } from './job-support/param-types';
import { verifyOperator } from './job-support/verify-operator';
import { execSql, ilit, nlit, queryRow, requireSysadmin, trimmed } from './shared/index';

export const PAGER_TIMES = ['@weekday_pager_start_time', '@weekday_pager_end_time', '@saturday_pager_start_time',
  '@saturday_pager_end_time', '@sunday_pager_start_time', '@sunday_pager_end_time'] as const;

export const spAddOperator: ProcedureDefinition = {
  name: 'sp_add_operator',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@name', type: SYSNAME },
    { name: '@enabled', type: TINYINT, default: 1 },
    { name: '@email_address', type: nvarchar(100), default: null },
    { name: '@pager_address', type: nvarchar(100), default: null },
    { name: '@weekday_pager_start_time', type: INT, default: 90000 },
    { name: '@weekday_pager_end_time', type: INT, default: 180000 },
    { name: '@saturday_pager_start_time', type: INT, default: 90000 },
    { name: '@saturday_pager_end_time', type: INT, default: 180000 },
    { name: '@sunday_pager_start_time', type: INT, default: 90000 },
    { name: '@sunday_pager_end_time', type: INT, default: 180000 },
    { name: '@pager_days', type: TINYINT, default: 0 },
    { name: '@netsend_address', type: nvarchar(100), default: null },
    { name: '@category_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const name = String(args.value('@name') ?? '').trim();
    const v = (n: string): string | undefined => trimmed(args.value(n));
    if (!await requireSysadmin(ctx)) return 1;
    let category = v('@category_name');
    if (category === undefined) {
      const c = await queryRow(ctx, 'SELECT name FROM msdb.dbo.syscategories WHERE category_id = 99');
      category = c ? String(c.name) : undefined;
    }
    const n = (p: string): number => Number(args.value(p) ?? 0);
    const categoryId = await verifyOperator(ctx, {
      name, enabled: n('@enabled'), pagerDays: n('@pager_days'), times: PAGER_TIMES.map((p) => [p, n(p)] as const), categoryName: category,
    });
    if (categoryId === undefined) return 1;
    const ok = await execSql(ctx, `INSERT INTO msdb.dbo.sysoperators (name, enabled, email_address, last_email_date, last_email_time,
  pager_address, last_pager_date, last_pager_time, weekday_pager_start_time, weekday_pager_end_time, saturday_pager_start_time,
  saturday_pager_end_time, sunday_pager_start_time, sunday_pager_end_time, pager_days, netsend_address, last_netsend_date,
  last_netsend_time, category_id)
VALUES (${nlit(name)}, ${ilit(n('@enabled'))}, ${nlit(v('@email_address'))}, 0, 0, ${nlit(v('@pager_address'))}, 0, 0,
  ${PAGER_TIMES.map((p) => ilit(n(p))).join(', ')}, ${ilit(n('@pager_days'))}, ${nlit(v('@netsend_address'))}, 0, 0, ${ilit(categoryId)});`);
    return ok ? 0 : 1;
  },
};
