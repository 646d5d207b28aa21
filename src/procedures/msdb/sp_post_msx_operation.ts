// sp_post_msx_operation @operation [, @object_type = 'JOB'] [, @job_id] [, @specific_target_server]
// [, @value] [, @schedule_uid]: writes download instructions for target servers. The body is
// msx/post-msx-operation.ts, which every procedure that posts calls directly.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { textOrNull } from './msx/msx-sql';
import { postMsxOperation } from './msx/post-msx-operation';
import { INT, SYSNAME, UNIQUEIDENTIFIER, varchar } from './msx/param-types';

export const spPostMsxOperation: ProcedureDefinition = {
  name: 'sp_post_msx_operation',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@operation', type: varchar(64) },
    { name: '@object_type', type: varchar(64), default: 'JOB' },
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@specific_target_server', type: SYSNAME, default: null },
    { name: '@value', type: INT, default: null },
    { name: '@schedule_uid', type: UNIQUEIDENTIFIER, default: null },
  ],
  run(ctx, args) {
    const value = args.value('@value');
    return postMsxOperation(ctx, {
      operation: textOrNull(args.value('@operation')) ?? '',
      objectType: textOrNull(args.value('@object_type')) ?? '',
      jobId: textOrNull(args.value('@job_id')),
      specificTargetServer: textOrNull(args.value('@specific_target_server')),
      value: value === null ? null : Number(value),
      scheduleUid: textOrNull(args.value('@schedule_uid')),
    });
  },
};
