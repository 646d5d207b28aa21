// msxd-only: a target agent reports one instruction: applied (status 1, date_downloaded) or
// failed (error_message written; the row stays unread and blocks the target's further downloads,
// as SQL Server's agent does). Only rows of the caller's own targets change; 14262 for a row that
// is not the target's.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { typed } from '../../types/typed-value';
import { execSql, queryRow, raise, sqlParams } from './shared/agent-sql';
import { INT, nvarchar, SYSNAME } from './msx/param-types';
import { targetLoginFor } from './msx/target-login-check';

const WHERE = 'instance_id = @instance_id AND target_server = @server';
const APPLIED = `UPDATE msdb.dbo.sysdownloadlist SET status = 1, date_downloaded = GETDATE() WHERE ${WHERE};`;
const FAILED = `UPDATE msdb.dbo.sysdownloadlist SET error_message = @error_message WHERE ${WHERE};`;

export const spMsxdMarkDownloadInstruction: ProcedureDefinition = {
  name: 'sp_msxd_mark_download_instruction',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@server_name', type: SYSNAME },
    { name: '@instance_id', type: INT },
    { name: '@error_message', type: nvarchar(1024), default: null },
  ],
  async run(ctx, args) {
    const server = await targetLoginFor(ctx, 'sp_msxd_mark_download_instruction', args.value('@server_name')) ?? '';
    const id = args.value('@instance_id');
    const error = args.value('@error_message');
    // values as variables: the same two texts for every target and row
    const params = sqlParams({
      '@server': typed(SYSNAME, server),
      '@instance_id': typed(INT, id),
      '@error_message': typed(nvarchar(1024), error),
    });
    if (!(await queryRow(ctx, `SELECT instance_id FROM msdb.dbo.sysdownloadlist WHERE ${WHERE}`, '', params))) {
      return raise(ctx, 14262, '@instance_id', id === null ? null : Number(id));
    }
    return (await execSql(ctx, error === null ? APPLIED : FAILED, false, params)) ? 0 : 1;
  },
};
