// sp_resync_targetserver @server_name ('ALL' = every target): drops the target's pending and
// downloaded instructions and posts DELETE + INSERT of all jobs, so the target deletes its MSX
// jobs and downloads them again.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, raise } from './shared/agent-sql';
import { ALL_JOBS_ID } from '../../codes/msx-codes';
import { nlit, trimmed } from './shared/sql-text';
import { findTarget } from './msx/msx-sql';
import { SYSNAME } from './msx/param-types';
import { postMsxOperation } from './msx/post-msx-operation';

export const spResyncTargetServer: ProcedureDefinition = {
  name: 'sp_resync_targetserver',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@server_name', type: SYSNAME }],
  async run(ctx, args) {
    if (!ctx.isSysadmin) return raise(ctx, 15003, 'sysadmin');
    const name = trimmed(args.value('@server_name'));
    let specific: string | null = null;
    if (name !== undefined && name.toUpperCase() === 'ALL') {
      await execSql(ctx, 'TRUNCATE TABLE msdb.dbo.sysdownloadlist;');
    } else {
      const target = name === undefined ? undefined : await findTarget(ctx, name);
      if (!target) return raise(ctx, 14262, '@server_name', name ?? null);
      specific = target.server_name;
      await execSql(ctx, `DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server = ${nlit(specific)};`);
    }
    const deleted = await postMsxOperation(ctx, { operation: 'DELETE', objectType: 'JOB', jobId: ALL_JOBS_ID, specificTargetServer: specific });
    if (deleted !== 0) return deleted;
    return postMsxOperation(ctx, { operation: 'INSERT', objectType: 'JOB', jobId: ALL_JOBS_ID, specificTargetServer: specific });
  },
};
