// sp_apply_job_to_targets [@job_id | @job_name] [, @target_server_groups] [, @target_servers]
// [, @operation = 'APPLY' | 'REMOVE']: targets a multiserver job at groups and servers given as
// comma lists (hence no commas in group names).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { applyJobToTargets } from './msx/apply-job-to-targets';
import { textOrNull } from './msx/msx-sql';
import { nvarchar, SYSNAME, UNIQUEIDENTIFIER, varchar } from './msx/param-types';

export const spApplyJobToTargets: ProcedureDefinition = {
  name: 'sp_apply_job_to_targets',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@target_server_groups', type: nvarchar(2048), default: null },
    { name: '@target_servers', type: nvarchar(2048), default: null },
    { name: '@operation', type: varchar(7), default: 'APPLY' },
  ],
  run(ctx, args) {
    return applyJobToTargets(ctx, {
      jobId: textOrNull(args.value('@job_id')),
      jobName: textOrNull(args.value('@job_name')),
      targetServerGroups: textOrNull(args.value('@target_server_groups')),
      targetServers: textOrNull(args.value('@target_servers')),
      operation: textOrNull(args.value('@operation')) ?? '',
    });
  },
};
