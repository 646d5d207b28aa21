// sp_help_operator_jobs [@operator_name]: the jobs that notify an operator (e-mail, net send or
// page with a level other than 0), as SQL Server's body selects them from sysjobs_view: job_id,
// name, notify_level_email, notify_level_netsend, notify_level_page. An unknown operator is 14262.
// SMO's OperatorJobNotification enumerator (an operator's Notifications page) fills a temp table
// from it.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { SYSNAME } from './job-support/param-types';
import { callerOf, ilit, nlit, queryRow, raise, requireAgentUser } from './shared/index';
import { trimmed } from './shared/sql-text';

export const spHelpOperatorJobs: ProcedureDefinition = {
  name: 'sp_help_operator_jobs',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@operator_name', type: SYSNAME, default: null }],
  async run(ctx, args) {
    requireAgentUser(await callerOf(ctx), 'sp_help_operator_jobs');
    const name = trimmed(args.value('@operator_name'));
    const op = name === undefined ? undefined : await queryRow(ctx, `SELECT id FROM msdb.dbo.sysoperators WHERE name = ${nlit(name)}`);
    if (op === undefined) return raise(ctx, 14262, '@operator_name', name ?? '');
    const id = ilit(Number(op.id));
    await ctx.executeSql(`SET NOCOUNT ON;
SELECT job_id, name, notify_level_email, notify_level_netsend, notify_level_page
FROM msdb.dbo.sysjobs_view
WHERE (notify_email_operator_id = ${id} AND notify_level_email <> 0)
   OR (notify_netsend_operator_id = ${id} AND notify_level_netsend <> 0)
   OR (notify_page_operator_id = ${id} AND notify_level_page <> 0);`);
    return 0;
  },
};
