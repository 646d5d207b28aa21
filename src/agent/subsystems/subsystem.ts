// The one interface every job-step subsystem implements (TSQL, CmdExec, PowerShell, and the
// ones this platform lacks). The runner knows nothing else about how a step executes.
import type { JobDefinition, JobStepDefinition } from '../runner/job-definition';

export interface StepContext {
  readonly job: JobDefinition;
  readonly step: JobStepDefinition;
  /** Aborted by sp_stop_job or agent shutdown: the subsystem must stop the step promptly. */
  readonly signal: AbortSignal;
  /**
   * Whether the job owner is a sysadmin (or the agent account). SQL Server runs other owners'
   * TSQL steps impersonated and refuses them operating-system steps without a proxy.
   */
  readonly ownerIsSysadmin: boolean;
}

/** What one attempt of a step produced. */
export interface StepResult {
  readonly succeeded: boolean;
  /** Subsystem text for sysjobhistory.message, without the trailing "The step succeeded/failed." */
  readonly message: string;
  readonly sqlMessageId: number;
  readonly sqlSeverity: number;
  /** Text for output_file_name (program output, T-SQL messages). */
  readonly output: string;
}

export interface Subsystem {
  readonly name: string;
  run(ctx: StepContext): Promise<StepResult>;
}

/** Subsystems by upper-cased name (sysjobsteps.subsystem is compared case-insensitively). */
export type SubsystemTable = ReadonlyMap<string, Subsystem>;

export function stepFailure(message: string, sqlMessageId = 0, sqlSeverity = 0): StepResult {
  return { succeeded: false, message, sqlMessageId, sqlSeverity, output: '' };
}
