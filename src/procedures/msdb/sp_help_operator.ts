// sp_help_operator: operators (all, or one by @operator_name / @operator_id; 14262 unknown) with
// SQL Server's columns, ordered by name.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-operator-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME } from './job-support/param-types';
import { callerOf, ilit, nlit, queryRow, raise, requireAgentUser } from './shared/index';

export const spHelpOperator: ProcedureDefinition = {
  name: 'sp_help_operator',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@operator_name', type: SYSNAME, default: null },
    { name: '@operator_id', type: INT, default: null },
  ],
  async run(ctx, args) {
    requireAgentUser(await callerOf(ctx), 'sp_help_operator');
    const nameArg = args.value('@operator_name') === null ? '' : String(args.value('@operator_name')).trim();
    const name = nameArg === '' ? undefined : nameArg;
    const id = args.value('@operator_id') === null ? undefined : Number(args.value('@operator_id'));
    if (name !== undefined && !await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysoperators WHERE name = ${nlit(name)}`)) {
      return raise(ctx, 14262, '@operator_name', name);
    }
    if (id !== undefined && !await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysoperators WHERE id = ${ilit(id)}`)) {
      return raise(ctx, 14262, '@operator_id', String(id));
    }
    const where: string[] = [];
    if (name !== undefined) where.push(`so.name = ${nlit(name)}`);
    if (id !== undefined) where.push(`so.id = ${ilit(id)}`);
    await ctx.executeSql(`SET NOCOUNT ON;
SELECT so.id, so.name, so.enabled, so.email_address, so.last_email_date, so.last_email_time, so.pager_address,
  so.last_pager_date, so.last_pager_time, so.weekday_pager_start_time, so.weekday_pager_end_time,
  so.saturday_pager_start_time, so.saturday_pager_end_time, so.sunday_pager_start_time, so.sunday_pager_end_time,
  so.pager_days, so.netsend_address, so.last_netsend_date, so.last_netsend_time, sc.name AS category_name
FROM msdb.dbo.sysoperators AS so LEFT OUTER JOIN msdb.dbo.syscategories AS sc ON so.category_id = sc.category_id
${where.length > 0 ? `WHERE ${where.join(' AND ')}\n` : ''}ORDER BY so.name;`);
    return 0;
  },
};
