// Everything the agent needs from its node, as one interface. node-client.ts implements it with
// T-SQL procedure calls over TDS; unit tests of the agent's own logic pass a fake.
import type { RunRequestedSource } from '../codes/job-codes';
import type { HistoryRecord } from './runner/job-runner';
import type { JobDefinition } from './runner/job-definition';
import type { ScheduleDefinition } from './schedule/schedule-definition';
import type { OperatorRow } from './notify/notify-decision';
import type { TsqlExecutor } from './subsystems/tsql-subsystem';
import type { PollPorts } from './msx/poll-ports';
import type { TargetAgentHooks } from './msx/instructions/apply-context';
import type { AlertPorts } from './alerts/alerter';
import type { JobEvent } from './notify/job-event-log';

/** A job with the schedules attached to it (sysjobschedules). */
export interface AgentJob {
  readonly job: JobDefinition;
  readonly schedules: readonly ScheduleDefinition[];
}

/** What sp_sqlagent_notify queued for the agent (see README: sp_sqlagent_fetch_notifications). */
export type AgentNotification =
  | { readonly kind: 'start-job'; readonly jobId: string; readonly stepName: string | null; readonly requestedBy: string }
  | { readonly kind: 'stop-job'; readonly jobId: string; readonly requestedBy: string }
  | { readonly kind: 'refresh-jobs' }
  | { readonly kind: 'refresh-operators' }
  | { readonly kind: 'refresh-alerts' }
  | { readonly kind: 'poll-msx' }
  /** sp_send_dbmail queued an item (msxd: op_type M, action_type Q) */
  | { readonly kind: 'mail-queued' };

export interface StartupInfo {
  readonly serverName: string;
  readonly msdbAvailable: boolean;
  readonly msdbReadOnly: boolean;
  /** instance_name (MSSQLSERVER for a default instance): the INST token */
  readonly instanceName?: string;
  /** SERVERPROPERTY('MachineName'): the MACH token */
  readonly machineName?: string;
}

/** A run begun in an earlier agent session that never got its outcome row. */
export interface InterruptedRun {
  readonly sessionId: number;
  readonly jobId: string;
  readonly jobName: string;
  readonly startedAtMs: number;
  /** sysjobactivity.last_executed_step_id (0: no step finished) */
  readonly lastStepId: number;
  readonly lastStepName: string | null;
}

/** The writes (jobRequested ... nextScheduledRun) reach msdb in the order they were called. */
export interface AgentNode {
  readonly tsql: TsqlExecutor;
  startupInfo(): Promise<StartupInfo>;
  /** Opens this agent run's syssessions row and its sysjobactivity rows; returns session_id. */
  startSession(): Promise<number>;
  loadJobs(): Promise<AgentJob[]>;
  /**
   * One job as msdb has it now (steps re-read when version_number moved), for a user's start:
   * sp_update_jobstep does not notify the agent, and SQL Server's agent runs the steps msdb holds.
   */
  currentJob?(jobId: string): Promise<AgentJob | undefined>;
  loadOperators(): Promise<OperatorRow[]>;
  fetchNotifications(sessionId: number): Promise<AgentNotification[]>;
  jobRequested(sessionId: number, jobId: string, source: RunRequestedSource): Promise<void>;
  jobStarted(sessionId: number, jobId: string, atMs: number): Promise<void>;
  /** jobRequested then jobStarted as one write, where the node offers it (sp_msxd_agent_job_started). */
  runBegun?(sessionId: number, jobId: string, source: RunRequestedSource, atMs: number): Promise<void>;
  /** A step's history row plus sysjobsteps.last_run_* and sysjobactivity.last_executed_step_*. */
  stepCompleted(sessionId: number, record: HistoryRecord): Promise<void>;
  /** The job-outcome history row (step 0, with the operators e-mailed and paged) plus sysjobservers.last_run_*. */
  jobCompleted(sessionId: number, record: HistoryRecord, operatorIdEmailed: number, operatorIdPaged?: number): Promise<void>;
  /** An application-event-log entry of the agent (sp_msxd_agent_log_event; notify_level_eventlog). */
  eventLogged?(event: JobEvent): Promise<void>;
  /** Whether a job's owner is sysadmin (sp_sqlagent_has_server_access) or the agent account. */
  ownerIsSysadmin(job: JobDefinition): Promise<boolean>;
  /** A step's output into sysjobstepslogs (sp_write_sysjobstep_log), replacing or appending. */
  stepLogWritten?(jobId: string, stepId: number, text: string, append: boolean): Promise<void>;
  /** sysjobs.delete_level matched the outcome. */
  deleteJob(jobId: string): Promise<void>;
  /** Runs of sessions before `sessionId` with a start and no stop (see interrupted-runs.ts). */
  interruptedRuns?(sessionId: number): Promise<InterruptedRun[]>;
  nextScheduledRun(sessionId: number, jobId: string, scheduleId: number, nextRunDate: number, nextRunTime: number): Promise<void>;
  /** Drops cached job definitions (a master replaced a job whole: its version_number may repeat). */
  forgetJobs?(): void;
  /** Alerts: the alert calls (absent: the agent fires no alerts; the unit-test fake). */
  alertPorts?(): AlertPorts;
  /** Multiserver: how this node reaches its master (absent: the agent never polls a master). */
  msxPorts?(agent: TargetAgentHooks): PollPorts;
  close(): Promise<void>;
}
