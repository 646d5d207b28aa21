// sp_multi_server_job_summary [@job_id] [@job_name]: per multiserver job (a job in a multi-server
// job category) its number of targets, pending and failed download instructions and the targets
// whose last run failed.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { CATEGORY_CLASS, CATEGORY_TYPE } from '../../msdb/index';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { glit, trimmed } from './shared/sql-text';
import { SYSNAME, UNIQUEIDENTIFIER } from './msx/param-types';

export const spMultiServerJobSummary: ProcedureDefinition = {
  name: 'sp_multi_server_job_summary',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const idArg = args.value('@job_id');
    const name = trimmed(args.value('@job_name'));
    let filter = '';
    if (idArg !== null || name !== undefined) {
      const job = await verifyJobIdentifiers(ctx, {
        nameParameter: '@job_name', idParameter: '@job_id', jobName: name ?? null, jobId: idArg === null ? null : String(idArg),
      });
      if (!job) return 1;
      filter = `AND sj.job_id = ${glit(job.jobId)}`;
    }
    await ctx.executeSql(`SELECT sj.job_id AS job_id,
       CONVERT(sysname, sj.name) AS job_name,
       CONVERT(tinyint, sj.enabled) AS enabled,
       CONVERT(sysname, sc.name) AS category_name,
       CONVERT(int, (SELECT COUNT(*) FROM msdb.dbo.sysjobservers AS sjs WHERE sjs.job_id = sj.job_id)) AS target_servers,
       CONVERT(int, (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist AS sdl
                     WHERE sdl.object_id = sj.job_id AND sdl.status = 0)) AS pending_download_instructions,
       CONVERT(int, (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist AS sdl
                     WHERE sdl.object_id = sj.job_id AND sdl.error_message IS NOT NULL)) AS download_errors,
       CONVERT(int, (SELECT COUNT(*) FROM msdb.dbo.sysjobservers AS sjs
                     WHERE sjs.job_id = sj.job_id AND sjs.last_run_date <> 0 AND sjs.last_run_outcome <> 1)) AS execution_failures
FROM msdb.dbo.sysjobs AS sj
JOIN msdb.dbo.syscategories AS sc ON sc.category_id = sj.category_id
WHERE sc.category_class = ${CATEGORY_CLASS.JOB} AND sc.category_type = ${CATEGORY_TYPE['MULTI-SERVER']} ${filter}
ORDER BY sj.name;`);
    return 0;
  },
};
