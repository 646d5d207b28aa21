// Where SQL Server Agent's log is: SQL Server reports SQLAGENT.OUT in the instance's log folder
// (...\MSSQL\Log\SQLAGENT.OUT) as sp_get_sqlagent_properties' errorlog_file, and SMO's Agent
// properties dialog reads it without ISNULL. msxd's agent writes no file: its log is the node's
// in-memory error log (engine/error-log.ts), the log sp_enumerrorlogs 2 lists as archive 0 (size
// 0) and xp_readerrorlog 0, 2 reads. errorlog_file names that log by a stand-in path in the same
// place SQL Server's would be, under the node's data folder: <data folder>/log/SQLAGENT.OUT.
// The file itself does not exist. A value set with sp_set_sqlagent_properties @errorlog_file wins.
import type { ProcedureContext } from '../../../engine/procedure-registry';

export const AGENT_LOG_FOLDER = 'log';
export const AGENT_LOG_FILE = 'SQLAGENT.OUT';

/** `<data folder>/log/SQLAGENT.OUT`, the folder taken from master's file (sys.master_files), its separator kept. */
export async function agentLogPath(ctx: ProcedureContext): Promise<string | null> {
  const [files] = await ctx.querySql('SELECT physical_name FROM sys.master_files WHERE database_id = 1 AND file_id = 1;');
  const master = files?.rows[0]?.[0];
  if (typeof master !== 'string') return null;
  const cut = Math.max(master.lastIndexOf('/'), master.lastIndexOf('\\'));
  if (cut < 0) return null;
  const sep = master[cut]!;
  return `${master.slice(0, cut)}${sep}${AGENT_LOG_FOLDER}${sep}${AGENT_LOG_FILE}`;
}
