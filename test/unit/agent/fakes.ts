import type { Clock } from '../../../src/agent/clock';
import { stepDefaults, type JobDefinition, type JobStepDefinition } from '../../../src/agent/runner/job-definition';
import type { StepContext, StepResult, Subsystem } from '../../../src/agent/subsystems/subsystem';

/** A clock whose sleeps return at once and move time forward by the requested amount. */
export class FastClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public ms = Date.parse('2026-01-05T10:00:00Z')) {}
  now(): number {
    return this.ms;
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    if (!signal?.aborted) this.ms += ms;
    return Promise.resolve();
  }
}

export type Script = (ctx: StepContext, attempt: number) => StepResult | Promise<StepResult>;

/** A subsystem whose steps succeed or fail as their command says: "ok", "fail", "fail-2" (fails twice). */
export class ScriptedSubsystem implements Subsystem {
  readonly name = 'TEST';
  readonly calls: number[] = [];
  private readonly attempts = new Map<number, number>();
  constructor(private readonly script?: Script) {}
  async run(ctx: StepContext): Promise<StepResult> {
    const attempt = (this.attempts.get(ctx.step.stepId) ?? 0) + 1;
    this.attempts.set(ctx.step.stepId, attempt);
    this.calls.push(ctx.step.stepId);
    if (this.script) return this.script(ctx, attempt);
    const cmd = ctx.step.command;
    const failTimes = cmd === 'fail' ? Infinity : cmd.startsWith('fail-') ? Number(cmd.slice(5)) : 0;
    const ok = attempt > failTimes;
    return { succeeded: ok, message: `ran ${cmd} #${attempt}`, sqlMessageId: ok ? 0 : 50000, sqlSeverity: ok ? 0 : 16, output: `out ${cmd} #${attempt}` };
  }
}

export function step(stepId: number, p: Partial<JobStepDefinition> = {}): JobStepDefinition {
  return { ...stepDefaults(stepId, `step ${stepId}`), subsystem: 'TEST', command: 'ok', ...p };
}

export function job(steps: JobStepDefinition[], p: Partial<JobDefinition> = {}): JobDefinition {
  return {
    jobId: '11111111-2222-3333-4444-555555555555', name: 'job one', enabled: true, startStepId: 1,
    ownerLoginName: 'sa', notifyLevelEmail: 0, notifyEmailOperatorId: 0, deleteLevel: 0, versionNumber: 1, steps, ...p,
  };
}
