// syscategories: the classes, types and fixed rows SQL Server ships (sql/0002 inserts the same
// rows; a test keeps the two equal). Ids 0-99 are reserved; sp_add_category starts at 100.

/** category_class; sp_add_category/@class names it with the key */
export const CATEGORY_CLASS = { JOB: 1, ALERT: 2, OPERATOR: 3 } as const;
export type CategoryClass = (typeof CATEGORY_CLASS)[keyof typeof CATEGORY_CLASS];

/** category_type; only job categories are LOCAL or MULTI-SERVER, the others are NONE */
export const CATEGORY_TYPE = { LOCAL: 1, 'MULTI-SERVER': 2, NONE: 3 } as const;
export type CategoryType = (typeof CATEGORY_TYPE)[keyof typeof CATEGORY_TYPE];

export interface FixedCategory {
  readonly id: number;
  readonly categoryClass: CategoryClass;
  readonly categoryType: CategoryType;
  readonly name: string;
}

/** Category ids the Agent procedures use by number. */
export const CATEGORY_ID = {
  /** default of a local job */
  UNCATEGORIZED_LOCAL: 0,
  /** jobs downloaded from the MSX, on a target server */
  JOBS_FROM_MSX: 1,
  /** default of a multiserver job (sp_add_jobserver re-categorises a job targeted remotely) */
  UNCATEGORIZED_MULTI_SERVER: 2,
  DATABASE_MAINTENANCE: 3,
  UNCATEGORIZED_ALERT: 98,
  UNCATEGORIZED_OPERATOR: 99,
} as const;

/** first id sp_add_category hands out */
export const FIRST_USER_CATEGORY_ID = 100;

const JOB = CATEGORY_CLASS.JOB;
const LOCAL = CATEGORY_TYPE.LOCAL;

export const FIXED_CATEGORIES: readonly FixedCategory[] = [
  { id: 0, categoryClass: JOB, categoryType: LOCAL, name: '[Uncategorized (Local)]' },
  { id: 1, categoryClass: JOB, categoryType: LOCAL, name: 'Jobs from MSX' },
  { id: 2, categoryClass: JOB, categoryType: CATEGORY_TYPE['MULTI-SERVER'], name: '[Uncategorized (Multi-Server)]' },
  { id: 3, categoryClass: JOB, categoryType: LOCAL, name: 'Database Maintenance' },
  { id: 5, categoryClass: JOB, categoryType: LOCAL, name: 'Full-Text' },
  { id: 6, categoryClass: JOB, categoryType: LOCAL, name: 'Log Shipping' },
  { id: 7, categoryClass: JOB, categoryType: LOCAL, name: 'Database Engine Tuning Advisor' },
  { id: 8, categoryClass: JOB, categoryType: LOCAL, name: 'Data Collector' },
  { id: 10, categoryClass: JOB, categoryType: LOCAL, name: 'REPL-Distribution' },
  { id: 11, categoryClass: JOB, categoryType: LOCAL, name: 'REPL-Distribution Cleanup' },
  { id: 12, categoryClass: JOB, categoryType: LOCAL, name: 'REPL-History Cleanup' },
  { id: 13, categoryClass: JOB, categoryType: LOCAL, name: 'REPL-LogReader' },
  { id: 14, categoryClass: JOB, categoryType: LOCAL, name: 'REPL-Merge' },
  { id: 15, categoryClass: JOB, categoryType: LOCAL, name: 'REPL-Snapshot' },
  { id: 16, categoryClass: JOB, categoryType: LOCAL, name: 'REPL-Checkup' },
  { id: 17, categoryClass: JOB, categoryType: LOCAL, name: 'REPL-Subscription Cleanup' },
  { id: 18, categoryClass: JOB, categoryType: LOCAL, name: 'REPL-Alert Response' },
  { id: 19, categoryClass: JOB, categoryType: LOCAL, name: 'REPL-QueueReader' },
  { id: 20, categoryClass: CATEGORY_CLASS.ALERT, categoryType: CATEGORY_TYPE.NONE, name: 'Replication' },
  { id: 98, categoryClass: CATEGORY_CLASS.ALERT, categoryType: CATEGORY_TYPE.NONE, name: '[Uncategorized]' },
  { id: 99, categoryClass: CATEGORY_CLASS.OPERATOR, categoryType: CATEGORY_TYPE.NONE, name: '[Uncategorized]' },
];

/** True for the ids sp_delete_category refuses (message 14276, "a permanent ... category"). */
export function isFixedCategoryId(id: number): boolean {
  return id >= 0 && id < FIRST_USER_CATEGORY_ID;
}
