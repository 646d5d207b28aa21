// The pending download instructions of one target as the target agent reads them: one query for
// sp_msxd_fetch_download_instructions (the poll) and sp_msxd_wait_for_instructions
// @return_instructions = 1 (the waiting connection), so both hand out the same rows and columns.
// Rows behind an error row are not handed out: an error stops the target's downloads until it is
// cleared.

const COLUMNS = `CONVERT(int, sdl.instance_id) AS instance_id,
       CONVERT(sysname, sdl.source_server) AS source_server,
       CONVERT(tinyint, sdl.operation_code) AS operation_code,
       CONVERT(tinyint, sdl.object_type) AS object_type,
       sdl.object_id AS object_id,
       CONVERT(sysname, sdl.deleted_object_name) AS deleted_object_name,
       CONVERT(datetime, sdl.date_posted) AS date_posted`;

/** the SELECT for target `name`: a variable (`@server`, bound with the call) or an N'...' literal */
export function downloadRowsSql(name: string): string {
  return `SELECT ${COLUMNS}
FROM msdb.dbo.sysdownloadlist AS sdl
WHERE sdl.target_server = ${name} AND sdl.status = 0 AND sdl.error_message IS NULL
  AND NOT EXISTS (SELECT 1 FROM msdb.dbo.sysdownloadlist AS e
                  WHERE e.target_server = ${name} AND e.error_message IS NOT NULL)
ORDER BY sdl.instance_id;`;
}

/** the separator of MANY_TARGETS_SQL's @targets (no server name holds one: such a name is read alone) */
export const TARGET_SEPARATOR = ',';

/**
 * The same rows for many targets in one statement (@targets: the names joined with
 * TARGET_SEPARATOR), each row led by its target_server (upper-cased, as stored); the columns after
 * it are those of downloadRowsSql, so a share of the answer is a result set the target can take.
 */
export const MANY_TARGETS_SQL = `SELECT sdl.target_server AS target_server, ${COLUMNS}
FROM msdb.dbo.sysdownloadlist AS sdl
WHERE sdl.target_server IN (SELECT value FROM STRING_SPLIT(@targets, N'${TARGET_SEPARATOR}'))
  AND sdl.status = 0 AND sdl.error_message IS NULL
  AND NOT EXISTS (SELECT 1 FROM msdb.dbo.sysdownloadlist AS e
                  WHERE e.target_server = sdl.target_server AND e.error_message IS NOT NULL)
ORDER BY sdl.target_server, sdl.instance_id;`;
