// sp_verify_job_identifiers @name_of_name_parameter, @name_of_id_parameter, @job_name OUTPUT,
// @job_id OUTPUT, @sqlagent_starting_test = 'TEST', @owner_sid OUTPUT: msdb's internal check that
// a job is named by exactly one of name / id and visible (sysjobs_view). Not granted to public.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { verifyJobIdentifiers } from './shared/index';

export const spVerifyJobIdentifiers: ProcedureDefinition = {
  name: 'sp_verify_job_identifiers',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@name_of_name_parameter', type: { kind: 'varchar', length: 60 } },
    { name: '@name_of_id_parameter', type: { kind: 'varchar', length: 60 } },
    { name: '@job_name', type: { kind: 'nvarchar', length: 128 }, output: true },
    { name: '@job_id', type: { kind: 'uniqueidentifier' }, output: true },
    { name: '@sqlagent_starting_test', type: { kind: 'varchar', length: 7 }, default: 'TEST' },
    { name: '@owner_sid', type: { kind: 'varbinary', length: 85 }, default: null, output: true },
  ],
  async run(ctx, args) {
    const str = (n: string): string | null => { const v = args.value(n); return v === null ? null : String(v); };
    const job = await verifyJobIdentifiers(ctx, {
      nameParameter: (str('@name_of_name_parameter') ?? '').trim(),
      idParameter: (str('@name_of_id_parameter') ?? '').trim(),
      jobName: str('@job_name'),
      jobId: str('@job_id'),
    });
    if (!job) return 1;
    args.set('@job_name', job.name);
    args.set('@job_id', job.jobId);
    args.set('@owner_sid', Buffer.from(job.ownerSid.slice(2), 'hex'));
    return 0;
  },
};
