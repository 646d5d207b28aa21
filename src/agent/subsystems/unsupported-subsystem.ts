// Subsystems SQL Server Agent has on Windows that an msxd node does not: the step fails with the
// agent's "Unable to start execution of step" message instead of silently succeeding.
import type { JobStepDefinition } from '../runner/job-definition';
import { stepFailure, type StepContext, type StepResult, type Subsystem } from './subsystem';

/** Subsystem names sp_add_jobstep accepts that have no implementation here. */
export const UNAVAILABLE_SUBSYSTEMS = [
  'SSIS', 'DISTRIBUTION', 'SNAPSHOT', 'LOGREADER', 'MERGE', 'QUEUEREADER', 'ANALYSISQUERY', 'ANALYSISCOMMAND',
] as const;

export function unableToStart(step: JobStepDefinition, reason: string): StepResult {
  return stepFailure(`Unable to start execution of step ${step.stepId} (reason: ${reason})`);
}

export function unsupportedSubsystemResult(step: JobStepDefinition): StepResult {
  return unableToStart(step, `The ${step.subsystem} subsystem is not available on this platform`);
}

export class UnavailableSubsystem implements Subsystem {
  constructor(readonly name: string, private readonly reason: string) {}

  run(ctx: StepContext): Promise<StepResult> {
    return Promise.resolve(unableToStart(ctx.step, this.reason));
  }
}
