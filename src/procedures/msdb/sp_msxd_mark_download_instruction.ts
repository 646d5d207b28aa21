// msxd-only: a target agent reports one instruction: applied (status 1, date_downloaded) or
// failed (error_message written; the row stays unread and blocks the target's further downloads,
// as SQL Server's agent does). Only rows of the caller's own targets change; 14262 for a row that
// is not the target's.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, queryRow, raise } from './shared/agent-sql';
import { ilit, nlit } from './shared/sql-text';
import { INT, nvarchar, SYSNAME } from './msx/param-types';
import { targetLoginFor } from './msx/target-login-check';

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
    const where = `instance_id = ${ilit(id)} AND target_server = ${nlit(server)}`;
    if (!(await queryRow(ctx, `SELECT instance_id FROM msdb.dbo.sysdownloadlist WHERE ${where}`))) {
      return raise(ctx, 14262, '@instance_id', id === null ? null : Number(id));
    }
    const error = args.value('@error_message');
    const set = error === null ? 'status = 1, date_downloaded = GETDATE()' : `error_message = ${nlit(error)}`;
    return (await execSql(ctx, `UPDATE msdb.dbo.sysdownloadlist SET ${set} WHERE ${where};`)) ? 0 : 1;
  },
};
