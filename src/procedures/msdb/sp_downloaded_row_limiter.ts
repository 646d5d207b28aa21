// sp_downloaded_row_limiter @server_name: trims the target's downloaded instructions to the
// DownloadedMaxRows setting (msx/downloaded-row-limiter.ts).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { downloadedRowLimiter } from './msx/downloaded-row-limiter';
import { SYSNAME } from './msx/param-types';
import { targetLoginFor } from './msx/target-login-check';

export const spDownloadedRowLimiter: ProcedureDefinition = {
  name: 'sp_downloaded_row_limiter',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@server_name', type: SYSNAME }],
  async run(ctx, args) {
    return downloadedRowLimiter(ctx, await targetLoginFor(ctx, 'sp_downloaded_row_limiter', args.value('@server_name')));
  },
};
