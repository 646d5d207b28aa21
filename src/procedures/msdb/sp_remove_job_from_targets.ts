// sp_remove_job_from_targets [@job_id | @job_name] [, @target_server_groups] [, @target_servers]:
// sp_apply_job_to_targets with @operation = 'REMOVE'.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { applyJobToTargets } from './msx/apply-job-to-targets';
import { textOrNull } from './msx/msx-sql';
import { nvarchar, SYSNAME, UNIQUEIDENTIFIER } from './msx/param-types';

export const spRemoveJobFromTargets: ProcedureDefinition = {
  name: 'sp_remove_job_from_targets',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@target_server_groups', type: nvarchar(1024), default: null },
    { name: '@target_servers', type: nvarchar(1024), default: null },
  ],
  run(ctx, args) {
    return applyJobToTargets(ctx, {
      jobId: textOrNull(args.value('@job_id')),
      jobName: textOrNull(args.value('@job_name')),
      targetServerGroups: textOrNull(args.value('@target_server_groups')),
      targetServers: textOrNull(args.value('@target_servers')),
      operation: 'REMOVE',
    });
  },
};
