// Runs one job instance: steps from start_step_id, each through its subsystem, retries with
// retry_interval, on_success/on_fail actions, output files, cancellation. It writes nothing to
// msdb itself: every sysjobhistory row is handed to `onRecord` as a typed record, so the caller
// decides how (and whether) it reaches the node, and tests can look at the rows directly.
import type { Clock } from '../clock';
import { RUN_STATUS, type RunStatus } from '../../codes/job-codes';
import { runDate, runDuration, runTime, truncateMessage } from '../history/encodings';
import type { JobDefinition, JobStepDefinition } from './job-definition';
import { nextMove } from './next-step';
import { STEP_CANCELED_MESSAGE, jobOutcomeMessage, stepMessage } from './outcome-messages';
import { fileOutputWriter, writeStepOutput, type OutputWriter } from './output-file';
import { stepFailure, type StepResult, type SubsystemTable } from '../subsystems/subsystem';
import { replaceTokens, type AlertTokenValues } from './tokens';
import { DEFAULT_TOKEN_FACTS, tokenContext, type TokenFacts } from './token-context';
import { proxyStepResult, unsupportedSubsystemResult } from '../subsystems/unsupported-subsystem';

/** One sysjobhistory row (step_id 0 is the job outcome). */
export interface HistoryRecord {
  readonly jobId: string;
  readonly stepId: number;
  readonly stepName: string;
  readonly sqlMessageId: number;
  readonly sqlSeverity: number;
  readonly message: string;
  readonly runStatus: RunStatus;
  readonly runDate: number;
  readonly runTime: number;
  readonly runDuration: number;
  readonly retriesAttempted: number;
}

export interface RunJobOptions {
  readonly subsystems: SubsystemTable;
  readonly clock: Clock;
  /** Aborting it cancels the job (sp_stop_job): the running step is stopped, no retries. */
  readonly signal: AbortSignal;
  /** "User sa", "Schedule 7 (nightly)": the requester named in the outcome message. */
  readonly invokedBy: string;
  /** Who stopped the job, read when the signal aborted. */
  readonly stoppedBy?: () => string;
  /** See StepContext.ownerIsSysadmin; false (the safe answer) when not given. */
  readonly ownerIsSysadmin?: boolean;
  /** sp_start_job @step_name: start there instead of start_step_id. */
  readonly startStepId?: number;
  readonly onRecord?: (record: HistoryRecord) => void | Promise<void>;
  readonly onStepStart?: (step: JobStepDefinition) => void;
  readonly writeOutput?: OutputWriter;
  /** The node's token values (SRVR, INST, ...); DEFAULT_TOKEN_FACTS when not given. */
  readonly tokens?: TokenFacts;
  /** The alert that started this run (its A-* tokens), null otherwise. */
  readonly alertTokens?: AlertTokenValues | null;
  /** Each attempt's output (also when the step has no output file): step logs in msdb (flags 8/16). */
  readonly onStepOutput?: (step: JobStepDefinition, output: string) => void | Promise<void>;
}

export interface JobRunResult {
  readonly outcome: HistoryRecord;
  readonly steps: readonly HistoryRecord[];
  readonly startedAt: number;
}

type RunnerState =
  | { readonly kind: 'run-step'; readonly stepId: number; readonly retries: number }
  | { readonly kind: 'retry-wait'; readonly stepId: number; readonly retries: number }
  | { readonly kind: 'finished'; readonly status: RunStatus };

export async function runJob(job: JobDefinition, opts: RunJobOptions): Promise<JobRunResult> {
  const startedAt = opts.clock.now();
  const records: HistoryRecord[] = [];
  const emit = async (r: HistoryRecord): Promise<void> => {
    records.push(r);
    await opts.onRecord?.(r);
  };
  let last: JobStepDefinition | undefined;
  const executions = new Map<number, number>();
  let state: RunnerState = initialState(job, opts.startStepId);

  while (state.kind !== 'finished') {
    const wanted = state.stepId;
    const step = job.steps.find((s) => s.stepId === wanted);
    if (!step) {
      state = { kind: 'finished', status: RUN_STATUS.FAILED };
      break;
    }
    last = step;
    if (opts.signal.aborted) {
      state = { kind: 'finished', status: RUN_STATUS.CANCELED };
      break;
    }
    if (state.kind === 'retry-wait') {
      await opts.clock.sleep(step.retryInterval * 60_000, opts.signal);
      state = opts.signal.aborted ? { kind: 'finished', status: RUN_STATUS.CANCELED } : { kind: 'run-step', stepId: step.stepId, retries: state.retries };
      continue;
    }
    const retries = state.retries;
    if (retries === 0) executions.set(step.stepId, (executions.get(step.stepId) ?? 0) + 1);
    opts.onStepStart?.(step);
    const stepStart = opts.clock.now();
    const resolved = withTokens(job, step, executions.get(step.stepId) ?? 1, startedAt, stepStart, opts);
    let result: StepResult;
    let warning = '';
    if (resolved.ok) {
      result = await runAttempt(job, resolved.step, opts);
      warning = await writeStepOutput(resolved.step, result.output, opts.writeOutput ?? fileOutputWriter);
      await opts.onStepOutput?.(step, result.output);
    } else {
      result = stepFailure(`Unable to start execution of step ${step.stepId} (reason: ${resolved.reason}).`);
    }
    const canceled = opts.signal.aborted;
    const willRetry = !canceled && !result.succeeded && retries < step.retryAttempts;
    const status: RunStatus = canceled ? RUN_STATUS.CANCELED
      : result.succeeded ? RUN_STATUS.SUCCEEDED : willRetry ? RUN_STATUS.RETRY : RUN_STATUS.FAILED;
    const text = canceled ? STEP_CANCELED_MESSAGE : stepMessage(joinText(result.message, warning), result.succeeded);
    await emit(record(job.jobId, step, status, text, result, stepStart, opts.clock.now(), retries));
    if (canceled) state = { kind: 'finished', status: RUN_STATUS.CANCELED };
    else if (willRetry) state = { kind: 'retry-wait', stepId: step.stepId, retries: retries + 1 };
    else {
      const move = nextMove(job, step, result.succeeded);
      state = move.kind === 'quit'
        ? { kind: 'finished', status: move.succeeded ? RUN_STATUS.SUCCEEDED : RUN_STATUS.FAILED }
        : { kind: 'run-step', stepId: move.stepId, retries: 0 };
    }
  }

  const message = jobOutcomeMessage({
    status: state.status,
    invokedBy: opts.invokedBy,
    stoppedBy: opts.stoppedBy?.() ?? opts.invokedBy,
    lastStepId: last?.stepId ?? 0,
    lastStepName: last?.stepName ?? '',
  });
  const end = opts.clock.now();
  const outcome: HistoryRecord = {
    jobId: job.jobId, stepId: 0, stepName: '(Job outcome)', sqlMessageId: 0, sqlSeverity: 0,
    message: truncateMessage(message), runStatus: state.status,
    runDate: runDate(startedAt), runTime: runTime(startedAt), runDuration: runDuration(end - startedAt), retriesAttempted: 0,
  };
  await emit(outcome);
  return { outcome, steps: records.slice(0, -1), startedAt };
}

function initialState(job: JobDefinition, startStepId: number | undefined): RunnerState {
  return { kind: 'run-step', stepId: startStepId ?? job.startStepId, retries: 0 };
}

async function runAttempt(job: JobDefinition, step: JobStepDefinition, opts: RunJobOptions): Promise<StepResult> {
  const subsystem = opts.subsystems.get(step.subsystem.toUpperCase());
  if (!subsystem) return unsupportedSubsystemResult(step);
  if (step.proxyId !== undefined && step.proxyId !== null) return proxyStepResult(step, step.proxyId);
  try {
    return await subsystem.run({ job, step, signal: opts.signal, ownerIsSysadmin: opts.ownerIsSysadmin ?? false });
  } catch (e) {
    // A subsystem that throws is a failed step, never a dead runner.
    return { succeeded: false, message: e instanceof Error ? e.message : String(e), sqlMessageId: 0, sqlSeverity: 0, output: '' };
  }
}

type ResolvedStep = { readonly ok: true; readonly step: JobStepDefinition } | { readonly ok: false; readonly reason: string };

/** The step as it runs: tokens replaced in its command and output file name (SQL Server Agent does both before starting it). */
function withTokens(job: JobDefinition, step: JobStepDefinition, stepCount: number, startedAt: number, now: number, opts: RunJobOptions): ResolvedStep {
  const ctx = tokenContext(opts.tokens ?? DEFAULT_TOKEN_FACTS, {
    jobId: job.jobId, jobName: job.name, stepId: step.stepId, stepName: step.stepName, stepCount,
    startedAtMs: startedAt, nowMs: now, alert: opts.alertTokens ?? null,
  });
  const command = replaceTokens(step.command, ctx);
  if (!command.ok) return command;
  if (step.outputFileName === null) return { ok: true, step: { ...step, command: command.text } };
  const file = replaceTokens(step.outputFileName, ctx);
  if (!file.ok) return file;
  return { ok: true, step: { ...step, command: command.text, outputFileName: file.text } };
}

function joinText(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a}  ${b}`;
}

function record(
  jobId: string, step: JobStepDefinition, status: RunStatus, message: string, r: StepResult,
  start: number, end: number, retries: number,
): HistoryRecord {
  return {
    jobId, stepId: step.stepId, stepName: step.stepName, sqlMessageId: r.sqlMessageId, sqlSeverity: r.sqlSeverity,
    message: truncateMessage(message), runStatus: status,
    runDate: runDate(start), runTime: runTime(start), runDuration: runDuration(end - start), retriesAttempted: retries,
  };
}
