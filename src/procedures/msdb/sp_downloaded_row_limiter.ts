// sp_downloaded_row_limiter @server_name: trims the target's downloaded instructions to the
// DownloadedMaxRows setting (msx/downloaded-row-limiter.ts).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { downloadedRowLimiter } from './msx/downloaded-row-limiter';
import { executeDenied, isTargetServerLogin, serverName } from './msx/msx-sql';
import { SYSNAME } from './msx/param-types';
import { mayActFor, notYourTarget } from './msx/target-access';

export const spDownloadedRowLimiter: ProcedureDefinition = {
  name: 'sp_downloaded_row_limiter',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@server_name', type: SYSNAME }],
  async run(ctx, args) {
    if (!(await isTargetServerLogin(ctx))) throw executeDenied('sp_downloaded_row_limiter');
    const name = serverName(args.value('@server_name'));
    if (name !== undefined && !(await mayActFor(ctx, name))) throw notYourTarget();
    return downloadedRowLimiter(ctx, name);
  },
};
