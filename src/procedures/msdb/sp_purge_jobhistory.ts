// sp_purge_jobhistory: deletes a job's history (or every job's), optionally only rows older than
// @oldest_date (their run_date/run_time). A job's owner, SQLAgentOperatorRole or sysadmin; all
// jobs: SQLAgentOperatorRole or sysadmin (14392). Prints "%ld history entries purged." (14226).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-purge-jobhistory-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { SqlDateTime } from '../../types/values';
import { queryRow, raise, raiseWith } from './shared/agent-sql';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { glit, ilit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';
import { datetimeParam, guidParam, strArg, sysnameParam } from './schedule-support/params';

/** days from 0001-01-01 to 2000-01-01 (SqlDateTime counts days from 0001-01-01) */
const DAYS_TO_2000 = 730_119;

/** yyyymmdd and hhmmss of a datetime value */
function runDateTime(v: SqlDateTime): { date: number; time: number } {
  const day = new Date(Date.UTC(2000, 0, 1) + (v.days - DAYS_TO_2000) * 86_400_000);
  const seconds = Math.floor(v.ticks / 10_000_000);
  return {
    date: day.getUTCFullYear() * 10000 + (day.getUTCMonth() + 1) * 100 + day.getUTCDate(),
    time: Math.floor(seconds / 3600) * 10000 + Math.floor(seconds / 60 % 60) * 100 + seconds % 60,
  };
}

export const spPurgeJobHistory: ProcedureDefinition = {
  name: 'sp_purge_jobhistory',
  home: 'msdb',
  permission: 'public',
  parameters: [sysnameParam('@job_name', null), guidParam('@job_id', null), datetimeParam('@oldest_date', null)],
  async run(ctx, args) {
    const roles = await requireAgentUser(ctx, 'sp_purge_jobhistory');
    const jobName = strArg(args.value('@job_name'));
    const jobId = strArg(args.value('@job_id'));
    const where: string[] = [];
    if (jobName !== null || jobId !== null) {
      const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName, jobId });
      if (!job) return 1;
      if (!roles.operator && roles.sid.toUpperCase() !== job.ownerSid.toUpperCase()) return raise(ctx, 14392);
      where.push(`job_id = ${glit(job.jobId)}`);
    } else if (!roles.operator) {
      return raise(ctx, 14392);
    }
    const oldest = args.value('@oldest_date');
    if (oldest instanceof SqlDateTime) {
      const { date, time } = runDateTime(oldest);
      where.push(`(run_date < ${ilit(date)} OR (run_date = ${ilit(date)} AND run_time < ${ilit(time)}))`);
    }
    const r = await queryRow(ctx, 'SELECT @@ROWCOUNT AS n',
      `DELETE FROM msdb.dbo.sysjobhistory ${where.length ? `WHERE ${where.join(' AND ')}` : ''};`);
    await raiseWith(ctx, 14226, 0, Number(r?.n ?? 0));
    return 0;
  },
};
