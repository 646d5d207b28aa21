// sp_help_downloadlist: the MSX's download instructions (sysdownloadlist) with the operation as
// '<code> (<name>)' and the object's name: the job, '(all jobs)', the deleted job's name, or the
// target server for server operations. @object_name is validated but, as in SQL Server, does not
// filter.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { messageDef } from '../../errors/catalog';
import { DOWNLOAD_OPERATIONS, downloadOperationByName } from '../../codes/msx-codes';
import { raise } from './shared/agent-sql';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { glit, ilit, nlit, trimmed } from './shared/sql-text';
import { datetimeLiteral, findTarget, serverName } from './msx/msx-sql';
import { DATETIME, SYSNAME, TINYINT, UNIQUEIDENTIFIER, varchar } from './msx/param-types';

const ALL_OPERATIONS = DOWNLOAD_OPERATIONS.map((o) => o.name).join(', ');
const OPERATION_LABEL = `CASE sdl.operation_code ${DOWNLOAD_OPERATIONS.map((o) => `WHEN ${o.code} THEN N'${o.code} (${o.name})'`).join(' ')}
  ELSE CONVERT(nvarchar(10), sdl.operation_code) + N' (unknown)' END`;

export const spHelpDownloadList: ProcedureDefinition = {
  name: 'sp_help_downloadlist',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@operation', type: varchar(64), default: null },
    { name: '@object_type', type: varchar(64), default: null },
    { name: '@object_name', type: SYSNAME, default: null },
    { name: '@target_server', type: SYSNAME, default: null },
    { name: '@has_error', type: TINYINT, default: null },
    { name: '@status', type: TINYINT, default: null },
    { name: '@date_posted', type: DATETIME, default: null },
  ],
  async run(ctx, args) {
    const jobIdArg = args.value('@job_id');
    const jobName = trimmed(args.value('@job_name'));
    let jobId: string | undefined;
    if (jobIdArg !== null || jobName !== undefined) {
      const job = await verifyJobIdentifiers(ctx, {
        nameParameter: '@job_name', idParameter: '@job_id', jobName: jobName ?? null, jobId: jobIdArg === null ? null : String(jobIdArg),
      });
      if (!job) return 1;
      jobId = job.jobId;
    }
    const operation = trimmed(args.value('@operation'))?.toUpperCase();
    const op = operation === undefined ? undefined : downloadOperationByName(operation);
    if (operation !== undefined && !op) return raise(ctx, 14266, '@operation_code', ALL_OPERATIONS);
    const objectType = trimmed(args.value('@object_type'))?.toUpperCase();
    if (objectType !== undefined && objectType !== 'JOB' && objectType !== 'SERVER') return raise(ctx, 14266, '@object_type', 'JOB, SERVER');
    const objectName = trimmed(args.value('@object_name'));
    if ((objectType === undefined) !== (objectName === undefined)) return raise(ctx, 14272);
    if (objectType === 'JOB') {
      const job = await verifyJobIdentifiers(ctx, { nameParameter: '@object_name', idParameter: '@job_id', jobName: objectName!, jobId: null });
      if (!job) return 1;
    }
    if (objectType === 'SERVER' && !(await findTarget(ctx, objectName!))) return raise(ctx, 14262, '@object_name', objectName!.toUpperCase());
    const target = serverName(args.value('@target_server'));
    if (target !== undefined && !(await findTarget(ctx, target))) return raise(ctx, 14262, '@target_server', target);
    const hasError = args.value('@has_error');
    if (hasError !== null && Number(hasError) !== 1) return raise(ctx, 14266, '@has_error', '1, NULL');
    const status = args.value('@status');
    if (status !== null && Number(status) !== 0 && Number(status) !== 1) return raise(ctx, 14266, '@status', '0, 1');
    const datePosted = args.get('@date_posted');

    const where = ['1 = 1'];
    if (op) where.push(`sdl.operation_code = ${op.code}`);
    if (objectType !== undefined) where.push(`sdl.object_type = ${objectType === 'JOB' ? 1 : 2}`);
    if (jobId !== undefined) where.push(`sdl.object_id = ${glit(jobId)}`);
    if (target !== undefined) where.push(`sdl.target_server = ${nlit(target)}`);
    if (hasError !== null) where.push('sdl.error_message IS NOT NULL');
    if (status !== null) where.push(`sdl.status = ${ilit(Number(status))}`);
    if (datePosted.value !== null) where.push(`sdl.date_posted >= ${datetimeLiteral(datePosted)}`);
    await ctx.executeSql(`SELECT CONVERT(int, sdl.instance_id) AS instance_id,
       CONVERT(sysname, sdl.source_server) AS source_server,
       CONVERT(nvarchar(4000), ${OPERATION_LABEL}) AS operation_code,
       CONVERT(sysname, CASE
         WHEN sdl.operation_code BETWEEN 1 AND 5 AND sdl.object_id = CONVERT(uniqueidentifier, 0x00) THEN ${nlit(messageDef(14212)?.text ?? '(all jobs)')}
         WHEN sdl.operation_code = 3 THEN sdl.deleted_object_name
         WHEN sdl.operation_code BETWEEN 1 AND 5 THEN sjv.name
         ELSE sdl.target_server END) AS object_name,
       sdl.object_id AS object_id,
       CONVERT(sysname, sdl.target_server) AS target_server,
       CONVERT(nvarchar(1024), sdl.error_message) AS error_message,
       CONVERT(datetime, sdl.date_posted) AS date_posted,
       CONVERT(datetime, sdl.date_downloaded) AS date_downloaded,
       CONVERT(tinyint, sdl.status) AS status
FROM msdb.dbo.sysdownloadlist AS sdl
LEFT JOIN msdb.dbo.sysjobs_view AS sjv ON sjv.job_id = sdl.object_id
WHERE ${where.join('\n  AND ')}
ORDER BY sdl.instance_id;`);
    return 0;
  },
};
