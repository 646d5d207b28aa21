// sp_update_operator: changes the attributes given of an operator (sysadmin only: 15003; 14262
// unknown; MSXOperator cannot change on a TSX (14223) nor be renamed (14222)). On an MSX a change
// of MSXOperator re-enlists every target (RE-ENLIST post).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-update-operator-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { currentMsxServer } from './job-support/agent-registry';
import { INT, SYSNAME, TINYINT, nvarchar } from './job-support/param-types';
import { verifyOperator } from './job-support/verify-operator';
import { PAGER_TIMES } from './sp_add_operator';
import { postMsxOperation } from './shared/msx-post';
import { execSql, ilit, nlit, queryRow, raiseWith, requireSysadmin } from './shared/index';

const COLUMN: Record<(typeof PAGER_TIMES)[number], string> = {
  '@weekday_pager_start_time': 'weekday_pager_start_time', '@weekday_pager_end_time': 'weekday_pager_end_time',
  '@saturday_pager_start_time': 'saturday_pager_start_time', '@saturday_pager_end_time': 'saturday_pager_end_time',
  '@sunday_pager_start_time': 'sunday_pager_start_time', '@sunday_pager_end_time': 'sunday_pager_end_time',
};

export const spUpdateOperator: ProcedureDefinition = {
  name: 'sp_update_operator',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@name', type: SYSNAME },
    { name: '@new_name', type: SYSNAME, default: null },
    { name: '@enabled', type: TINYINT, default: null },
    { name: '@email_address', type: nvarchar(100), default: null },
    { name: '@pager_address', type: nvarchar(100), default: null },
    ...PAGER_TIMES.map((name) => ({ name, type: INT, default: null })),
    { name: '@pager_days', type: TINYINT, default: null },
    { name: '@netsend_address', type: nvarchar(100), default: null },
    { name: '@category_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const t = (n: string): string | null => { const v = args.value(n); return v === null ? null : String(v).trim(); };
    const name = t('@name') ?? '';
    const newName = t('@new_name');
    if (!await requireSysadmin(ctx)) return 1;
    const x = await queryRow(ctx, `SELECT o.enabled, o.email_address, o.pager_address, o.weekday_pager_start_time, o.weekday_pager_end_time,
  o.saturday_pager_start_time, o.saturday_pager_end_time, o.sunday_pager_start_time, o.sunday_pager_end_time, o.pager_days,
  o.netsend_address, c.name AS category_name
FROM msdb.dbo.sysoperators AS o LEFT JOIN msdb.dbo.syscategories AS c ON c.category_id = o.category_id WHERE o.name = ${nlit(name)}`);
    if (!x) return raiseWith(ctx, 14262, 16, '@name', name);
    if (name === 'MSXOperator' && await currentMsxServer(ctx) !== undefined) return raiseWith(ctx, 14223, 16, 'MSXOperator', 'TSX');
    const text = (n: string, current: unknown): string | null => {
      const v = t(n) ?? (current === null ? null : String(current));
      return v === '' ? null : v;
    };
    const num = (n: string, current: unknown): number => (args.value(n) === null ? Number(current) : Number(args.value(n)));
    let category = text('@category_name', x.category_name);
    if (category === null) {
      const c = await queryRow(ctx, 'SELECT name FROM msdb.dbo.syscategories WHERE category_id = 99');
      category = c ? String(c.name) : null;
    }
    const enabled = num('@enabled', x.enabled);
    const pagerDays = num('@pager_days', x.pager_days);
    const times = PAGER_TIMES.map((p) => [p, num(p, x[COLUMN[p]])] as const);
    const categoryId = await verifyOperator(ctx, { name: newName ?? undefined, enabled, pagerDays, times, categoryName: category ?? undefined });
    if (categoryId === undefined) return 1;
    if (newName !== null && name === 'MSXOperator') return raiseWith(ctx, 14222, 16, 'MSXOperator');
    const ok = await execSql(ctx, `UPDATE msdb.dbo.sysoperators SET name = ${nlit(newName ?? name)}, enabled = ${ilit(enabled)},
  email_address = ${nlit(text('@email_address', x.email_address))}, pager_address = ${nlit(text('@pager_address', x.pager_address))},
  ${times.map(([p, v]) => `${COLUMN[p]} = ${ilit(v)}`).join(', ')}, pager_days = ${ilit(pagerDays)},
  netsend_address = ${nlit(text('@netsend_address', x.netsend_address))}, category_id = ${ilit(categoryId)}
WHERE name = ${nlit(name)};`);
    if (!ok) return 1;
    if (name === 'MSXOperator') {
      const targets = await queryRow(ctx, 'SELECT COUNT(*) AS n FROM msdb.dbo.systargetservers');
      if (Number(targets?.n ?? 0) > 0) await postMsxOperation(ctx, { operation: 'RE-ENLIST', objectType: 'SERVER', jobId: '00000000-0000-0000-0000-000000000000' });
    }
    return 0;
  },
};
