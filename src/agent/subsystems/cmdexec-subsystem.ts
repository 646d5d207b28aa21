// CmdExec: the step's command run by the platform shell (`/bin/sh -c`), successful when the exit
// code equals cmdexec_success_code. The history text follows SQL Server Agent's
// "Executed as user: X. <output>  Process Exit Code n." shape.
import { userInfo } from 'node:os';
import { runProcess, type ProcessOutcome } from './child-process';
import type { StepContext, StepResult, Subsystem } from './subsystem';

export interface ProcessSubsystemOptions {
  /** Cap on captured stdout+stderr per step (bytes). */
  readonly maxOutputBytes?: number;
  readonly killGraceMs?: number;
}

export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024;

export class CmdExecSubsystem implements Subsystem {
  readonly name = 'CmdExec';

  constructor(private readonly options: ProcessSubsystemOptions = {}) {}

  async run(ctx: StepContext): Promise<StepResult> {
    if (!ctx.ownerIsSysadmin) return proxyRequired(this.name);
    const outcome = await runProcess({
      file: '/bin/sh', args: ['-c', ctx.step.command], signal: ctx.signal,
      maxOutputBytes: this.options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES,
      ...(this.options.killGraceMs !== undefined ? { killGraceMs: this.options.killGraceMs } : {}),
    });
    return processStepResult(ctx, outcome, ctx.step.cmdexecSuccessCode);
  }
}

export function processStepResult(ctx: StepContext, o: ProcessOutcome, successCode: number): StepResult {
  const who = `Executed as user: ${osUser()}.`;
  if (o.spawnError !== null && o.exitCode === null && !o.killed) {
    return {
      succeeded: false, sqlMessageId: 0, sqlSeverity: 0, output: '',
      message: `${who} The process could not be created for step ${ctx.step.stepId} of job ${ctx.job.jobId} (reason: ${o.spawnError}).`,
    };
  }
  const text = o.output.trim() + (o.truncated ? '  (output truncated)' : '');
  const code = o.exitCode ?? -1;
  return {
    succeeded: !o.killed && code === successCode,
    message: `${who} ${text}${text === '' ? '' : '  '}Process Exit Code ${code}.`,
    sqlMessageId: 0,
    sqlSeverity: 0,
    output: o.output,
  };
}

/** msxd has no proxies, so only sysadmin-owned jobs may run operating-system steps. */
export function proxyRequired(subsystem: string): StepResult {
  return {
    succeeded: false, sqlMessageId: 0, sqlSeverity: 0, output: '',
    message: `Non-SysAdmins have been denied permission to run ${subsystem} job steps without a proxy account.`,
  };
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return String(process.getuid?.() ?? 'unknown');
  }
}
