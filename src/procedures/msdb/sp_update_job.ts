// sp_update_job: changes the attributes given (NULL = unchanged), bumps version_number and
// date_modified, re-posts multiserver jobs (INSERT for auto-delete jobs, else UPDATE when
// @automatic_post = 1) and tells the local agent. Checks as SQL Server: 14274 (downloaded job),
// 14525 (not owner; an Operator-role member may only change @enabled), 14396 (multiserver
// category), 14242 (re-owning by a non-sysadmin: warning-only error), 14543, sp_verify_job.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-update-job-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { jobDetails } from './job-support/job-details';
import { AGENT_ACCOUNT_LOGIN, AGENT_ACCOUNT_SID } from './job-support/owner';
import { BIT, INT, SYSNAME, TINYINT, UNIQUEIDENTIFIER, nvarchar } from './job-support/param-types';
import { postMsxOperation } from './shared/msx-post';
import {
  blit, callerOf, execSql, glit, ilit, jobTargets, loginSid, nlit, notifyAgentIfLocal, ownsJob, queryRow, raise,
  requireAgentUser, sidIsSysadmin, verifyJob, verifyJobIdentifiers,
} from './shared/index';

const NULLABLE = ['@new_name', '@enabled', '@description', '@start_step_id', '@category_name', '@owner_login_name',
  '@notify_level_eventlog', '@notify_level_email', '@notify_level_netsend', '@notify_level_page',
  '@notify_email_operator_name', '@notify_netsend_operator_name', '@notify_page_operator_name', '@delete_level'] as const;
const CACHED = NULLABLE.filter((p) => p !== '@description' && p !== '@category_name');

export const spUpdateJob: ProcedureDefinition = {
  name: 'sp_update_job',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@new_name', type: SYSNAME, default: null },
    { name: '@enabled', type: TINYINT, default: null },
    { name: '@description', type: nvarchar(512), default: null },
    { name: '@start_step_id', type: INT, default: null },
    { name: '@category_name', type: SYSNAME, default: null },
    { name: '@owner_login_name', type: SYSNAME, default: null },
    { name: '@notify_level_eventlog', type: INT, default: null },
    { name: '@notify_level_email', type: INT, default: null },
    { name: '@notify_level_netsend', type: INT, default: null },
    { name: '@notify_level_page', type: INT, default: null },
    { name: '@notify_email_operator_name', type: SYSNAME, default: null },
    { name: '@notify_netsend_operator_name', type: SYSNAME, default: null },
    { name: '@notify_page_operator_name', type: SYSNAME, default: null },
    { name: '@delete_level', type: INT, default: null },
    { name: '@automatic_post', type: BIT, default: true },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_update_job');
    const raw = (n: string): string | null => { const x = args.value(n); return x === null ? null : String(x).trim(); };
    const str = (n: string): string | null => { const x = args.value(n); return x === null ? null : String(x); };
    const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName: str('@job_name'), jobId: str('@job_id') });
    if (!job) return 1;
    const given = (n: string): boolean => args.value(n) !== null;
    const cachedChange = CACHED.some(given);
    const enableOnly = given('@enabled') && NULLABLE.filter((p) => p !== '@enabled').every((p) => !given(p));
    const x = await jobDetails(ctx, job.jobId);
    if (!x) return 1;
    if (x.masterServer && !caller.isAgent) return raise(ctx, 14274);
    if (!ownsJob(caller, job) && !caller.isSysadmin && (!enableOnly || !caller.inOperatorRole)) return raise(ctx, 14525);
    if (x.categoryType === 2 && !caller.isSysadmin) return raise(ctx, 14396);

    const pick = <T>(n: string, current: T, f: (v: string) => T): T => (given(n) ? f(String(args.value(n))) : current);
    const newName = raw('@new_name') || x.name;
    const ownerLogin = str('@owner_login_name');
    let ownerSid: string | undefined = x.ownerSid;
    if (ownerLogin === AGENT_ACCOUNT_LOGIN && caller.isSysadmin) ownerSid = AGENT_ACCOUNT_SID;
    else if (caller.isSysadmin && ownerLogin !== null) ownerSid = await loginSid(ctx, ownerLogin);
    if (!caller.isSysadmin && ownerLogin !== null) await raise(ctx, 14242);
    if (ownerLogin !== null && (await jobTargets(ctx, job.jobId)).remote.length > 0) {
      const sysadminOwner = ownerLogin === AGENT_ACCOUNT_LOGIN || (ownerSid !== undefined && await sidIsSysadmin(ctx, ownerSid));
      if (!sysadminOwner) {
        const current = await queryRow(ctx, `SELECT SUSER_SNAME(${blit(x.ownerSid)}) AS n`);
        return raise(ctx, 14543, String(current?.n ?? ''), 'sysadmin');
      }
    }
    const emptyToNull = (s: string | null): string | undefined => (s === null || s === '' ? undefined : s);
    const description = given('@description') ? emptyToNull(raw('@description')) ?? null : x.description;
    const categoryName = emptyToNull(given('@category_name') ? raw('@category_name') : x.categoryName);
    const op = (n: string, current: string | null): string | undefined => emptyToNull(given(n) ? raw(n) : current);
    const num = (n: string, current: number): number => pick(n, current, Number);
    const deleteLevel = num('@delete_level', x.deleteLevel);
    const enabled = num('@enabled', x.enabled);
    const startStepId = num('@start_step_id', x.startStepId);
    const eventlog = num('@notify_level_eventlog', x.notifyLevelEventlog);
    const verified = await verifyJob(ctx, {
      jobId: job.jobId, name: newName, enabled, startStepId, categoryName, ownerSid,
      notifyLevelEventlog: eventlog, notifyLevelEmail: num('@notify_level_email', x.notifyLevelEmail),
      notifyLevelNetsend: num('@notify_level_netsend', x.notifyLevelNetsend), notifyLevelPage: num('@notify_level_page', x.notifyLevelPage),
      emailOperator: op('@notify_email_operator_name', x.emailOperator), netsendOperator: op('@notify_netsend_operator_name', x.netsendOperator),
      pageOperator: op('@notify_page_operator_name', x.pageOperator), deleteLevel, originatingServer: undefined,
    }, caller);
    if (!verified) return 1;

    const id = glit(job.jobId);
    const statements: string[] = [];
    if (ownerLogin !== null && !await sidIsSysadmin(ctx, verified.ownerSid)) {
      statements.push(`UPDATE msdb.dbo.sysjobsteps SET database_user_name = NULL WHERE job_id = ${id} AND subsystem = N'TSQL';`);
    }
    statements.push(`UPDATE msdb.dbo.sysjobs SET name = ${nlit(newName)}, enabled = ${ilit(enabled)}, description = ${nlit(description)},
  start_step_id = ${ilit(startStepId)}, category_id = ${ilit(verified.categoryId)}, owner_sid = ${blit(verified.ownerSid)},
  notify_level_eventlog = ${ilit(eventlog)}, notify_level_email = ${ilit(verified.notifyLevelEmail)},
  notify_level_netsend = ${ilit(verified.notifyLevelNetsend)}, notify_level_page = ${ilit(verified.notifyLevelPage)},
  notify_email_operator_id = ${ilit(verified.emailOperatorId)}, notify_netsend_operator_id = ${ilit(verified.netsendOperatorId)},
  notify_page_operator_id = ${ilit(verified.pageOperatorId)}, delete_level = ${ilit(deleteLevel)},
  version_number = version_number + 1, date_modified = GETDATE()
WHERE job_id = ${id};`);
    if (!await execSql(ctx, statements, true)) return 1;
    if (deleteLevel !== 0 || (x.deleteLevel === 1 && deleteLevel === 0)) await postMsxOperation(ctx, { operation: 'INSERT', jobId: job.jobId });
    else if (args.value('@automatic_post') !== false) await postMsxOperation(ctx, { operation: 'UPDATE', jobId: job.jobId });
    if (cachedChange) await notifyAgentIfLocal(ctx, job.jobId, 'U');
    return 0;
  },
};
