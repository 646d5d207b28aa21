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

/**
 * A step with a proxy: SQL Server Agent logs on as the proxy's credential before running it and
 * fails the step when it cannot ("Error authenticating proxy ..."). This agent cannot take on
 * another operating-system identity, so the step fails the same way rather than running as the
 * agent's own account (src/agent/README.md, "Proxies").
 */
export function proxyStepResult(step: JobStepDefinition, proxyId: number): StepResult {
  return unableToStart(step, `Error authenticating proxy (proxy_id = ${proxyId}), system error: this agent cannot run job steps as a proxy's credential; the step was not run`);
}

export class UnavailableSubsystem implements Subsystem {
  constructor(readonly name: string, private readonly reason: string) {}

  run(ctx: StepContext): Promise<StepResult> {
    return Promise.resolve(unableToStart(ctx.step, this.reason));
  }
}
