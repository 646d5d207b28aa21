// sp_sqlagent_has_server_access: whether a login (a job's owner) exists and may log in, and
// whether it is a sysadmin; with @job_id, a job owned by the Agent account counts as sysadmin.
// One row has_server_access, is_sysadmin, actual_login_name; also @is_sysadmin_member OUTPUT.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, queryRow } from './shared/agent-sql';
import { glit, nlit } from './shared/sql-text';
import { guidParam, intOutput, strArg, sysnameParam } from './schedule-support/params';

export const spSqlagentHasServerAccess: ProcedureDefinition = {
  name: 'sp_sqlagent_has_server_access',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [sysnameParam('@login_name', null), guidParam('@job_id', null), intOutput('@is_sysadmin_member')],
  async run(ctx, args) {
    const jobId = strArg(args.value('@job_id'));
    let login = strArg(args.value('@login_name'));
    if (jobId !== null) {
      const job = await queryRow(ctx, `SELECT CASE WHEN owner_sid = 0xFFFFFFFF THEN 1 ELSE 0 END AS agent, SUSER_SNAME(owner_sid) AS owner
FROM msdb.dbo.sysjobs WHERE job_id = ${glit(jobId)}`);
      if (job?.agent === 1) {
        args.set('@is_sysadmin_member', 1);
        await execSql(ctx, `SELECT CONVERT(bit, 1) AS has_server_access, CONVERT(bit, 1) AS is_sysadmin, CONVERT(sysname, N'$(SQLAgentAccount)') AS actual_login_name;`);
        return 0;
      }
      login ??= job?.owner === null || job?.owner === undefined ? null : String(job.owner);
    }
    const r = await queryRow(ctx, `SELECT p.name, CONVERT(int, p.is_disabled) AS disabled, ISNULL(IS_SRVROLEMEMBER(N'sysadmin', p.name), 0) AS sysadmin
FROM sys.server_principals AS p WHERE p.name = ${nlit(login)} AND p.type IN ('S', 'U', 'G')`);
    const has = r !== undefined && r.disabled !== 1;
    const sys = has && r?.sysadmin === 1;
    args.set('@is_sysadmin_member', sys ? 1 : 0);
    await execSql(ctx, `SELECT CONVERT(bit, ${has ? 1 : 0}) AS has_server_access, CONVERT(bit, ${sys ? 1 : 0}) AS is_sysadmin,
  CONVERT(sysname, ${nlit(r === undefined ? login : String(r.name))}) AS actual_login_name;`);
    return 0;
  },
};
