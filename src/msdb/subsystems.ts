// syssubsystems: the ids SQL Server gives its job step subsystems, and the ones msxd runs (the
// rows sql/0002 seeds; a test keeps them equal). description_id is a message number: the
// description is FORMATMESSAGE(description_id).

export interface SubsystemInfo {
  readonly id: number;
  readonly name: string;
  readonly descriptionId: number;
}

/** SQL Server's subsystem ids (id 2 was ActiveScripting, removed in SQL Server 2016). */
export const SQL_SERVER_SUBSYSTEMS: readonly SubsystemInfo[] = [
  { id: 1, name: 'TSQL', descriptionId: 14556 },
  { id: 3, name: 'CmdExec', descriptionId: 14550 },
  { id: 4, name: 'Snapshot', descriptionId: 14551 },
  { id: 5, name: 'LogReader', descriptionId: 14552 },
  { id: 6, name: 'Distribution', descriptionId: 14553 },
  { id: 7, name: 'Merge', descriptionId: 14554 },
  { id: 8, name: 'QueueReader', descriptionId: 14581 },
  { id: 9, name: 'ANALYSISQUERY', descriptionId: 14513 },
  { id: 10, name: 'ANALYSISCOMMAND', descriptionId: 14514 },
  { id: 11, name: 'SSIS', descriptionId: 14538 },
  { id: 12, name: 'PowerShell', descriptionId: 14698 },
];

/** message 14557, what SQL Server stores in place of the DLL and entry points of TSQL */
export const INTERNAL_SUBSYSTEM_TEXT = '[Internal]';

export interface SeededSubsystem extends SubsystemInfo {
  readonly maxWorkerThreads: number;
}

/**
 * syssubsystems as seeded (sql/0002 TSQL, sql/0008 the rest): every subsystem SQL Server offers,
 * so sp_add_jobstep accepts the same names. The agent runs TSQL, CmdExec and PowerShell (with pwsh
 * installed); a step of any other fails at run time with "Unable to start execution of step".
 */
export const MSXD_SUBSYSTEMS: readonly SeededSubsystem[] = [
  { id: 1, name: 'TSQL', descriptionId: 14556, maxWorkerThreads: 20 },
  { id: 3, name: 'CmdExec', descriptionId: 14550, maxWorkerThreads: 10 },
  { id: 4, name: 'Snapshot', descriptionId: 14551, maxWorkerThreads: 100 },
  { id: 5, name: 'LogReader', descriptionId: 14552, maxWorkerThreads: 25 },
  { id: 6, name: 'Distribution', descriptionId: 14553, maxWorkerThreads: 100 },
  { id: 7, name: 'Merge', descriptionId: 14554, maxWorkerThreads: 100 },
  { id: 8, name: 'QueueReader', descriptionId: 14581, maxWorkerThreads: 10 },
  { id: 9, name: 'ANALYSISQUERY', descriptionId: 14513, maxWorkerThreads: 100 },
  { id: 10, name: 'ANALYSISCOMMAND', descriptionId: 14514, maxWorkerThreads: 100 },
  { id: 11, name: 'SSIS', descriptionId: 14538, maxWorkerThreads: 100 },
  { id: 12, name: 'PowerShell', descriptionId: 14698, maxWorkerThreads: 2 },
];
