// msxd-only: the pending download instructions of one target, in processing order, for the
// target agent's poll (SQL Server's agent reads sysdownloadlist directly). A TargetServersRole
// login gets only the targets it enlisted (14260 otherwise); rows blocked behind an error row are
// not handed out, since an error stops the target's downloads until it is cleared.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { typed } from '../../types/typed-value';
import { sqlParams } from './shared/agent-sql';
import { downloadRowsSql } from './msx/download-rows';
import { SYSNAME } from './msx/param-types';
import { targetLoginFor } from './msx/target-login-check';

const FETCH = downloadRowsSql('@server');

export const spMsxdFetchDownloadInstructions: ProcedureDefinition = {
  name: 'sp_msxd_fetch_download_instructions',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@server_name', type: SYSNAME }],
  async run(ctx, args) {
    const name = await targetLoginFor(ctx, 'sp_msxd_fetch_download_instructions', args.value('@server_name')) ?? '';
    // the name as a variable: one parsed text for every target
    await ctx.executeSql(FETCH, sqlParams({ '@server': typed(SYSNAME, name) }));
    return 0;
  },
};
