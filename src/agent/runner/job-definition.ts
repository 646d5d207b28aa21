// A job as the agent runs it: the sysjobs header plus its sysjobsteps rows, read from the node
// (sp_sqlagent_refresh_job, sp_help_jobstep) and never changed by the agent. Its codes
// (STEP_ACTION, STEP_FLAG, NOTIFY_LEVEL) are src/codes/job-codes.ts.
import { STEP_ACTION } from '../../codes/job-codes';

export interface JobStepDefinition {
  readonly stepId: number;
  readonly stepName: string;
  readonly subsystem: string;
  readonly command: string;
  readonly databaseName: string | null;
  readonly databaseUserName: string | null;
  readonly cmdexecSuccessCode: number;
  readonly onSuccessAction: number;
  readonly onSuccessStepId: number;
  readonly onFailAction: number;
  readonly onFailStepId: number;
  readonly retryAttempts: number;
  /** minutes */
  readonly retryInterval: number;
  readonly outputFileName: string | null;
  readonly flags: number;
  /** sysjobsteps.proxy_id: the step runs as the proxy's credential (absent or null: no proxy) */
  readonly proxyId?: number | null;
}

export interface JobDefinition {
  readonly jobId: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly startStepId: number;
  /** Login that owns the job; a non-sysadmin owner's TSQL steps run as this login (EXECUTE AS LOGIN). */
  readonly ownerLoginName: string;
  readonly notifyLevelEmail: number;
  readonly notifyEmailOperatorId: number;
  /** sysjobs.notify_level_eventlog: the outcome into the event log (msxd: the node's error log); absent = 0 */
  readonly notifyLevelEventlog?: number;
  /** sysjobs.notify_level_page / notify_page_operator_id; absent = never */
  readonly notifyLevelPage?: number;
  readonly notifyPageOperatorId?: number;
  /** sysjobs.delete_level: delete the job after a run (0 never, 1 success, 2 failure, 3 always). */
  readonly deleteLevel: number;
  readonly versionNumber: number;
  readonly steps: readonly JobStepDefinition[];
}

/** Defaults of sp_add_jobstep, for building steps in code and tests. */
export function stepDefaults(stepId: number, stepName: string): JobStepDefinition {
  return {
    stepId,
    stepName,
    subsystem: 'TSQL',
    command: '',
    databaseName: null,
    databaseUserName: null,
    cmdexecSuccessCode: 0,
    onSuccessAction: STEP_ACTION.QUIT_WITH_SUCCESS,
    onSuccessStepId: 0,
    onFailAction: STEP_ACTION.QUIT_WITH_FAILURE,
    onFailStepId: 0,
    retryAttempts: 0,
    retryInterval: 0,
    outputFileName: null,
    flags: 0,
  };
}
