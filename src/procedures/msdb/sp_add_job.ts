// sp_add_job: a new job (sysjobs row, version 1, NEWID() job_id returned through @job_id OUTPUT).
// Checks in SQL Server's order: 14515 (another owner, not sysadmin), category identifiers,
// sp_verify_job, 14370 (originating server), 14274 (@job_id given by someone else than the agent).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-job-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { messageDef } from '../../errors/catalog';
import { verifyCategoryIdentifiers } from './job-support/category-identifiers';
import { isSelf, newJobOwnerSid } from './job-support/owner';
import { INT, SYSNAME, TINYINT, UNIQUEIDENTIFIER, nvarchar } from './job-support/param-types';
import {
  blit, callerOf, glit, ilit, localServerName, nlit, num, queryRow, raise, requireAgentUser, trimmed, verifyJob,
} from './shared/index';

export const spAddJob: ProcedureDefinition = {
  name: 'sp_add_job',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_name', type: SYSNAME },
    { name: '@enabled', type: TINYINT, default: 1 },
    { name: '@description', type: nvarchar(512), default: null },
    { name: '@start_step_id', type: INT, default: 1 },
    { name: '@category_name', type: SYSNAME, default: null },
    { name: '@category_id', type: INT, default: null },
    { name: '@owner_login_name', type: SYSNAME, default: null },
    { name: '@notify_level_eventlog', type: INT, default: 2 },
    { name: '@notify_level_email', type: INT, default: 0 },
    { name: '@notify_level_netsend', type: INT, default: 0 },
    { name: '@notify_level_page', type: INT, default: 0 },
    { name: '@notify_email_operator_name', type: SYSNAME, default: null },
    { name: '@notify_netsend_operator_name', type: SYSNAME, default: null },
    { name: '@notify_page_operator_name', type: SYSNAME, default: null },
    { name: '@delete_level', type: INT, default: 0 },
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null, output: true },
    { name: '@originating_server', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_add_job');
    const v = (n: string): string | undefined => trimmed(args.value(n));
    const jobName = args.value('@job_name') === null ? null : String(args.value('@job_name')).trim();
    const local = await localServerName(ctx);
    const origin = v('@originating_server')?.toUpperCase();
    const originatingServer = origin === undefined || origin === '(LOCAL)' ? local : origin;
    const ownerArg = args.value('@owner_login_name');
    const ownerLogin = ownerArg === null ? null : String(ownerArg);
    if (ownerLogin !== null && !caller.isSysadmin && !isSelf(caller, ownerLogin)) return raise(ctx, 14515);
    const ownerSid = await newJobOwnerSid(ctx, caller, ownerLogin);
    const description = v('@description') ?? messageDef(14571)!.text;
    const categoryName = await verifyCategoryIdentifiers(ctx, v('@category_name'), num(args.value('@category_id')));
    if (categoryName === undefined) return 1;
    const n = (p: string): number => Number(args.value(p) ?? 0);
    const verified = await verifyJob(ctx, {
      jobId: null, name: jobName, enabled: n('@enabled'), startStepId: n('@start_step_id'),
      categoryName: categoryName ?? undefined, ownerSid,
      notifyLevelEventlog: n('@notify_level_eventlog'), notifyLevelEmail: n('@notify_level_email'),
      notifyLevelNetsend: n('@notify_level_netsend'), notifyLevelPage: n('@notify_level_page'),
      emailOperator: v('@notify_email_operator_name'), netsendOperator: v('@notify_netsend_operator_name'),
      pageOperator: v('@notify_page_operator_name'), deleteLevel: n('@delete_level'), originatingServer,
    }, caller);
    if (!verified) return 1;
    const os = await queryRow(ctx, `SELECT originating_server_id FROM msdb.dbo.sysoriginatingservers_view WHERE originating_server = ${nlit(originatingServer)}`);
    if (!os) return raise(ctx, 14370);
    const given = args.value('@job_id');
    if (given !== null && !caller.isAgent) return raise(ctx, 14274);
    const r = await queryRow(ctx, `SELECT @__e AS failed, CONVERT(nvarchar(36), @__id) AS job_id`, `DECLARE @__id uniqueidentifier = ${given === null ? 'NEWID()' : glit(String(given))};
INSERT INTO msdb.dbo.sysjobs (job_id, originating_server_id, name, enabled, description, start_step_id, category_id, owner_sid,
  notify_level_eventlog, notify_level_email, notify_level_netsend, notify_level_page, notify_email_operator_id,
  notify_netsend_operator_id, notify_page_operator_id, delete_level, date_created, date_modified, version_number)
VALUES (@__id, ${ilit(Number(os.originating_server_id))}, ${nlit(jobName)}, ${ilit(n('@enabled'))}, ${nlit(description)}, ${ilit(n('@start_step_id'))},
  ${ilit(verified.categoryId)}, ${blit(verified.ownerSid)}, ${ilit(n('@notify_level_eventlog'))}, ${ilit(verified.notifyLevelEmail)},
  ${ilit(verified.notifyLevelNetsend)}, ${ilit(verified.notifyLevelPage)}, ${ilit(verified.emailOperatorId)},
  ${ilit(verified.netsendOperatorId)}, ${ilit(verified.pageOperatorId)}, ${ilit(n('@delete_level'))}, GETDATE(), GETDATE(), 1);
DECLARE @__e int = @@ERROR;`);
    if (Number(r?.failed ?? 1) !== 0) return Number(r?.failed ?? 1);
    args.set('@job_id', String(r!.job_id).toUpperCase());
    return 0;
  },
};
