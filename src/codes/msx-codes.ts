// Multiserver (MSX/TSX) codes: the download list, target server status, poll interval.

/** sysdownloadlist.object_type */
export const DOWNLOAD_OBJECT_TYPE = { JOB: 1, SERVER: 2 } as const;
export type DownloadObjectType = keyof typeof DOWNLOAD_OBJECT_TYPE;

/**
 * sysdownloadlist.operation_code, by name (the agent's dispatch reads these; the names are
 * sp_post_msx_operation's with '-' as '_').
 */
export const OPERATION_CODE = {
  INSERT: 1, UPDATE: 2, DELETE: 3, START: 4, STOP: 5, RE_ENLIST: 6, DEFECT: 7, SYNC_TIME: 8, SET_POLL: 9,
} as const;
export type OperationCode = (typeof OPERATION_CODE)[keyof typeof OPERATION_CODE];

export interface DownloadOperation {
  readonly code: OperationCode;
  /** sp_post_msx_operation @operation (case-insensitive) and sp_help_downloadlist's label */
  readonly name: string;
  /** the object type rows of this operation are stored with */
  readonly objectType: DownloadObjectType;
}

/**
 * sysdownloadlist.operation_code. A SCHEDULE post is stored as JOB INSERT rows (one per job that
 * uses the schedule), so SCHEDULE never appears as an object type.
 */
export const DOWNLOAD_OPERATIONS: readonly DownloadOperation[] = [
  { code: OPERATION_CODE.INSERT, name: 'INSERT', objectType: 'JOB' },
  { code: OPERATION_CODE.UPDATE, name: 'UPDATE', objectType: 'JOB' },
  { code: OPERATION_CODE.DELETE, name: 'DELETE', objectType: 'JOB' },
  { code: OPERATION_CODE.START, name: 'START', objectType: 'JOB' },
  { code: OPERATION_CODE.STOP, name: 'STOP', objectType: 'JOB' },
  { code: OPERATION_CODE.RE_ENLIST, name: 'RE-ENLIST', objectType: 'SERVER' },
  { code: OPERATION_CODE.DEFECT, name: 'DEFECT', objectType: 'SERVER' },
  { code: OPERATION_CODE.SYNC_TIME, name: 'SYNC-TIME', objectType: 'SERVER' },
  { code: OPERATION_CODE.SET_POLL, name: 'SET-POLL', objectType: 'SERVER' },
];

export function downloadOperationByName(name: string): DownloadOperation | undefined {
  const upper = name.trim().toUpperCase();
  return DOWNLOAD_OPERATIONS.find((o) => o.name === upper);
}

export function downloadOperationByCode(code: number): DownloadOperation | undefined {
  return DOWNLOAD_OPERATIONS.find((o) => o.code === code);
}

/** sysdownloadlist.status */
export const DOWNLOAD_STATUS = { PENDING: 0, DOWNLOADED: 1 } as const;

/** object_id meaning "all jobs" (JOB rows) or "no object" (SERVER rows) */
export const ALL_JOBS_ID = '00000000-0000-0000-0000-000000000000';

/**
 * sp_help_targetserver status bits. Only NORMAL is stored; OFFLINE is added when the target has
 * not polled for 3 poll intervals, BLOCKED when one of its download rows has an error_message.
 */
export const TARGET_SERVER_STATUS = { NORMAL: 1, OFFLINE: 2, BLOCKED: 4 } as const;

/** poll interval in seconds: default, and the range SET-POLL accepts */
export const POLL_INTERVAL = { DEFAULT: 60, MIN: 10, MAX: 28800 } as const;

/** operator that must exist on an MSX before targets enlist; the only one multiserver jobs notify */
export const MSX_OPERATOR_NAME = 'MSXOperator';
