// Multiserver (MSX/TSX) codes: the download list, target server status, poll interval.

/** sysdownloadlist.object_type */
export const DOWNLOAD_OBJECT_TYPE = { JOB: 1, SERVER: 2 } as const;
export type DownloadObjectType = keyof typeof DOWNLOAD_OBJECT_TYPE;

export interface DownloadOperation {
  readonly code: number;
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
  { code: 1, name: 'INSERT', objectType: 'JOB' },
  { code: 2, name: 'UPDATE', objectType: 'JOB' },
  { code: 3, name: 'DELETE', objectType: 'JOB' },
  { code: 4, name: 'START', objectType: 'JOB' },
  { code: 5, name: 'STOP', objectType: 'JOB' },
  { code: 6, name: 'RE-ENLIST', objectType: 'SERVER' },
  { code: 7, name: 'DEFECT', objectType: 'SERVER' },
  { code: 8, name: 'SYNC-TIME', objectType: 'SERVER' },
  { code: 9, name: 'SET-POLL', objectType: 'SERVER' },
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
