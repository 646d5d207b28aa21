// sysjobs / sysjobsteps / sysjobservers / sysjobhistory / sysjobactivity codes.

/** notify_level_eventlog|email|netsend|page and delete_level */
export const NOTIFY_LEVEL = { NEVER: 0, ON_SUCCESS: 1, ON_FAILURE: 2, ALWAYS: 3 } as const;
export type NotifyLevel = (typeof NOTIFY_LEVEL)[keyof typeof NOTIFY_LEVEL];

/** on_success_action / on_fail_action of a step */
export const STEP_ACTION = { QUIT_WITH_SUCCESS: 1, QUIT_WITH_FAILURE: 2, GO_TO_NEXT_STEP: 3, GO_TO_STEP: 4 } as const;
export type StepAction = (typeof STEP_ACTION)[keyof typeof STEP_ACTION];

/** sysjobsteps.flags (sp_add_jobstep @flags), bits */
export const STEP_FLAG = {
  /** 0 = overwrite the output file */
  APPEND_OUTPUT_FILE: 2,
  /** write a T-SQL step's output to the step's history row */
  OUTPUT_TO_HISTORY: 4,
  /** keep the step log in sysjobstepslogs, replacing the previous one */
  LOG_TO_TABLE: 8,
  /** keep the step log in sysjobstepslogs, appending */
  LOG_TO_TABLE_APPEND: 16,
  /** include all output in the job history */
  ALL_OUTPUT_TO_JOB_HISTORY: 32,
  /** CmdExec: create a Windows event the step can wait on to abort */
  ABORT_EVENT: 64,
} as const;

/** sysjobhistory.run_status (step 0 = the job outcome) */
export const RUN_STATUS = { FAILED: 0, SUCCEEDED: 1, RETRY: 2, CANCELED: 3, IN_PROGRESS: 4 } as const;
export type RunStatus = (typeof RUN_STATUS)[keyof typeof RUN_STATUS];

/** sysjobservers.last_run_outcome (5 = never run: the value a new job server row gets) */
export const LAST_RUN_OUTCOME = { FAILED: 0, SUCCEEDED: 1, RETRY: 2, CANCELED: 3, IN_PROGRESS: 4, UNKNOWN: 5 } as const;
export type LastRunOutcome = (typeof LAST_RUN_OUTCOME)[keyof typeof LAST_RUN_OUTCOME];

/** sp_help_job current_execution_status (message 14204 lists them; 6 does not exist) */
export const EXECUTION_STATUS = {
  EXECUTING: 1, WAITING_FOR_THREAD: 2, BETWEEN_RETRIES: 3, IDLE: 4, SUSPENDED: 5, PERFORMING_COMPLETION_ACTIONS: 7,
} as const;

/** sysjobactivity.run_requested_source (stored as text: sysname) */
export const RUN_REQUESTED_SOURCE = { SCHEDULER: 1, ALERTER: 2, BOOT: 3, USER: 4, ON_IDLE_SCHEDULE: 6 } as const;
export type RunRequestedSource = (typeof RUN_REQUESTED_SOURCE)[keyof typeof RUN_REQUESTED_SOURCE];

/** sp_help_job "type": what the job's sysjobservers rows say */
export const JOB_TYPE = { NO_TARGETS: 0, LOCAL: 1, MULTI_SERVER: 2 } as const;

/** sysjobservers.server_id of the local server */
export const LOCAL_SERVER_ID = 0;

/** sysjobs.owner_sid of jobs owned by the Agent service account ('$(SQLAgentAccount)') */
export const AGENT_ACCOUNT_SID: Buffer = Buffer.from([0xff, 0xff, 0xff, 0xff]);

/** sysjobhistory.step_name of the job outcome row (step_id 0) is message 14570 "(Job outcome)" */
export const JOB_OUTCOME_STEP_ID = 0;
