// sp_delete_targetserver's body, also run by sp_enlist_tsx @Action = 1 (a target defecting):
// clears the download list, posts DEFECT while the row still exists, then removes the target
// from systargetservers, its groups and its jobs, in one transaction. With a DEFECT posted, the
// target's login stays recorded: the target still has to poll to download that instruction, and
// forgets itself with sp_enlist_tsx @Action = 1.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { execSql } from '../shared/agent-sql';
import { nlit } from '../shared/sql-text';
import type { TargetServerRow } from './msx-sql';
import { postMsxOperation } from './post-msx-operation';
import { forgetEnlistingLogin } from './target-access';

export async function removeTargetServer(
  ctx: ProcedureContext, target: TargetServerRow, clearDownloadList: boolean, postDefection: boolean,
): Promise<number> {
  const name = nlit(target.server_name);
  await execSql(ctx, 'BEGIN TRANSACTION;');
  try {
    if (clearDownloadList) await execSql(ctx, `DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server = ${name};`);
    if (postDefection) {
      const rc = await postMsxOperation(ctx, { operation: 'DEFECT', objectType: 'SERVER', jobId: null, specificTargetServer: target.server_name });
      if (rc !== 0) {
        await execSql(ctx, 'IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;');
        return rc;
      }
    }
    const done = await execSql(ctx, [
      `DELETE FROM msdb.dbo.systargetservers WHERE server_id = ${target.server_id};`,
      `DELETE FROM msdb.dbo.systargetservergroupmembers WHERE server_id = ${target.server_id};`,
      `DELETE FROM msdb.dbo.sysjobservers WHERE server_id = ${target.server_id};`,
      postDefection ? '' : forgetEnlistingLogin(target.server_name),
    ]);
    await execSql(ctx, done ? 'COMMIT TRANSACTION;' : 'IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;');
    return done ? 0 : 1;
  } catch (e) {
    await execSql(ctx, 'IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;');
    throw e;
  }
}
