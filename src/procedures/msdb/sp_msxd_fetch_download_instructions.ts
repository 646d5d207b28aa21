// msxd-only: the pending download instructions of one target, in processing order, for the
// target agent's poll (SQL Server's agent reads sysdownloadlist directly). A TargetServersRole
// login gets only the targets it enlisted (14260 otherwise); rows blocked behind an error row are
// not handed out, since an error stops the target's downloads until it is cleared.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { nlit } from './shared/sql-text';
import { SYSNAME } from './msx/param-types';
import { targetLoginFor } from './msx/target-login-check';

export const spMsxdFetchDownloadInstructions: ProcedureDefinition = {
  name: 'sp_msxd_fetch_download_instructions',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@server_name', type: SYSNAME }],
  async run(ctx, args) {
    const name = nlit(await targetLoginFor(ctx, 'sp_msxd_fetch_download_instructions', args.value('@server_name')) ?? '');
    await ctx.executeSql(`SELECT CONVERT(int, sdl.instance_id) AS instance_id,
       CONVERT(sysname, sdl.source_server) AS source_server,
       CONVERT(tinyint, sdl.operation_code) AS operation_code,
       CONVERT(tinyint, sdl.object_type) AS object_type,
       sdl.object_id AS object_id,
       CONVERT(sysname, sdl.deleted_object_name) AS deleted_object_name,
       CONVERT(datetime, sdl.date_posted) AS date_posted
FROM msdb.dbo.sysdownloadlist AS sdl
WHERE sdl.target_server = ${name} AND sdl.status = 0 AND sdl.error_message IS NULL
  AND NOT EXISTS (SELECT 1 FROM msdb.dbo.sysdownloadlist AS e
                  WHERE e.target_server = ${name} AND e.error_message IS NOT NULL)
ORDER BY sdl.instance_id;`);
    return 0;
  },
};
