import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runJob, type RunJobOptions } from '../../../src/agent/runner/job-runner';
import { STEP_ACTION as A } from '../../../src/codes/job-codes';
import { RUN_STATUS as S } from '../../../src/codes/job-codes';
import type { Subsystem } from '../../../src/agent/subsystems/subsystem';
import { FastClock, ScriptedSubsystem, job, step } from './fakes';

function options(sub: Subsystem, clock = new FastClock(), extra: Partial<RunJobOptions> = {}): RunJobOptions {
  return { subsystems: new Map([['TEST', sub]]), clock, signal: new AbortController().signal, invokedBy: 'User sa', ...extra };
}

test('steps run in order from start_step_id; quit with success ends the job', async () => {
  const sub = new ScriptedSubsystem();
  const j = job([step(1, { onSuccessAction: A.GO_TO_NEXT_STEP }), step(2, { onSuccessAction: A.GO_TO_NEXT_STEP }), step(3)], { startStepId: 2 });
  const r = await runJob(j, options(sub));
  assert.deepEqual(sub.calls, [2, 3]);
  assert.equal(r.outcome.runStatus, S.SUCCEEDED);
  assert.equal(r.outcome.stepId, 0);
  assert.equal(r.outcome.stepName, '(Job outcome)');
  assert.equal(r.outcome.message, 'The job succeeded.  The Job was invoked by User sa.  The last step to run was step 3 (step 3).');
  assert.deepEqual(r.steps.map((h) => [h.stepId, h.runStatus, h.message]), [
    [2, S.SUCCEEDED, 'ran ok #1  The step succeeded.'],
    [3, S.SUCCEEDED, 'ran ok #1  The step succeeded.'],
  ]);
  assert.equal(r.outcome.runDate, 20260105);
  assert.equal(r.outcome.runTime, 100000);
});

test('go to step on success and on failure, then quit with failure', async () => {
  const sub = new ScriptedSubsystem();
  const j = job([
    step(1, { onSuccessAction: A.GO_TO_STEP, onSuccessStepId: 3 }),
    step(2, { command: 'never' }),
    step(3, { command: 'fail', onFailAction: A.GO_TO_STEP, onFailStepId: 4 }),
    step(4, { command: 'fail', onFailAction: A.QUIT_WITH_FAILURE }),
  ]);
  const r = await runJob(j, options(sub));
  assert.deepEqual(sub.calls, [1, 3, 4]);
  assert.equal(r.outcome.runStatus, S.FAILED);
  assert.equal(r.outcome.message, 'The job failed.  The Job was invoked by User sa.  The last step to run was step 4 (step 4).');
  assert.deepEqual(r.steps.map((h) => [h.stepId, h.runStatus, h.sqlMessageId, h.sqlSeverity]), [
    [1, S.SUCCEEDED, 0, 0], [3, S.FAILED, 50000, 16], [4, S.FAILED, 50000, 16],
  ]);
});

test('a failed step with on_fail_action quit-with-success ends the job successfully', async () => {
  const r = await runJob(job([step(1, { command: 'fail', onFailAction: A.QUIT_WITH_SUCCESS })]), options(new ScriptedSubsystem()));
  assert.equal(r.steps[0]!.runStatus, S.FAILED);
  assert.equal(r.outcome.runStatus, S.SUCCEEDED);
});

test('go to the next step after the last step ends with that step\'s outcome', async () => {
  const ok = await runJob(job([step(1, { onSuccessAction: A.GO_TO_NEXT_STEP })]), options(new ScriptedSubsystem()));
  assert.equal(ok.outcome.runStatus, S.SUCCEEDED);
  const bad = await runJob(job([step(1, { command: 'fail', onFailAction: A.GO_TO_NEXT_STEP })]), options(new ScriptedSubsystem()));
  assert.equal(bad.outcome.runStatus, S.FAILED);
});

test('retries: retry rows (run_status 2), retry_interval minutes slept, then success', async () => {
  const clock = new FastClock();
  const sub = new ScriptedSubsystem();
  const r = await runJob(job([step(1, { command: 'fail-2', retryAttempts: 3, retryInterval: 5 })]), options(sub, clock));
  assert.deepEqual(sub.calls, [1, 1, 1]);
  assert.deepEqual(clock.sleeps, [300_000, 300_000]);
  assert.deepEqual(r.steps.map((h) => [h.runStatus, h.retriesAttempted]), [[S.RETRY, 0], [S.RETRY, 1], [S.SUCCEEDED, 2]]);
  assert.equal(r.outcome.runStatus, S.SUCCEEDED);
  assert.equal(r.outcome.runDuration, 1000); // ten minutes of retry waits
});

test('retries exhausted: the last attempt is a failure and on_fail_action applies', async () => {
  const clock = new FastClock();
  const sub = new ScriptedSubsystem();
  const r = await runJob(job([step(1, { command: 'fail', retryAttempts: 2, retryInterval: 1 })]), options(sub, clock));
  assert.deepEqual(r.steps.map((h) => h.runStatus), [S.RETRY, S.RETRY, S.FAILED]);
  assert.equal(r.steps[2]!.retriesAttempted, 2);
  assert.equal(r.outcome.runStatus, S.FAILED);
});

test('cancel during a step: step and job canceled (3), no retries, stopper named', async () => {
  const ac = new AbortController();
  const sub = new ScriptedSubsystem(async (ctx) => {
    ac.abort();
    await new Promise((r) => setImmediate(r));
    return { succeeded: !ctx.signal.aborted, message: 'killed', sqlMessageId: 0, sqlSeverity: 0, output: '' };
  });
  const j = job([step(1, { retryAttempts: 5, onSuccessAction: A.GO_TO_NEXT_STEP }), step(2)]);
  const r = await runJob(j, options(sub, new FastClock(), { signal: ac.signal, stoppedBy: () => 'User admin' }));
  assert.deepEqual(sub.calls, [1]);
  assert.deepEqual(r.steps.map((h) => [h.runStatus, h.message]), [[S.CANCELED, 'The step was cancelled (stopped) as the result of a stop job request.']]);
  assert.equal(r.outcome.runStatus, S.CANCELED);
  assert.equal(r.outcome.message,
    'The job was stopped prior to completion by User admin.  The Job was invoked by User sa.  The last step to run was step 1 (step 1).');
});

test('cancel during a retry wait ends the job canceled without another attempt', async () => {
  const ac = new AbortController();
  const clock = new FastClock();
  clock.sleep = (ms: number) => { clock.sleeps.push(ms); ac.abort(); return Promise.resolve(); };
  const sub = new ScriptedSubsystem();
  const r = await runJob(job([step(1, { command: 'fail', retryAttempts: 3, retryInterval: 1 })]), options(sub, clock, { signal: ac.signal }));
  assert.deepEqual(sub.calls, [1]);
  assert.equal(r.outcome.runStatus, S.CANCELED);
});

test('an unknown subsystem and a throwing subsystem fail the step, not the runner', async () => {
  const r1 = await runJob(job([step(1, { subsystem: 'SSIS' })]), options(new ScriptedSubsystem()));
  assert.equal(r1.steps[0]!.message,
    'Unable to start execution of step 1 (reason: The SSIS subsystem is not available on this platform)  The step failed.');
  assert.equal(r1.outcome.runStatus, S.FAILED);
  const boom = new ScriptedSubsystem(() => { throw new Error('boom'); });
  const r2 = await runJob(job([step(1)]), options(boom));
  assert.equal(r2.steps[0]!.message, 'boom  The step failed.');
});

test('output file: overwritten by default, appended with flags & 2; write failure is a warning', async () => {
  const writes: [string, string, boolean][] = [];
  const writeOutput = async (p: string, t: string, a: boolean): Promise<void> => { writes.push([p, t, a]); };
  const j = job([
    step(1, { outputFileName: '/tmp/a.txt', onSuccessAction: A.GO_TO_NEXT_STEP }),
    step(2, { outputFileName: '/tmp/b.txt', flags: 2 }),
  ]);
  await runJob(j, options(new ScriptedSubsystem(), new FastClock(), { writeOutput }));
  assert.deepEqual(writes, [['/tmp/a.txt', 'out ok #1\n', false], ['/tmp/b.txt', 'out ok #1\n', true]]);
  const failing = async (): Promise<void> => { throw new Error('EACCES'); };
  const r = await runJob(job([step(1, { outputFileName: '/x/y' })]), options(new ScriptedSubsystem(), new FastClock(), { writeOutput: failing }));
  assert.equal(r.steps[0]!.runStatus, S.SUCCEEDED);
  assert.equal(r.steps[0]!.message, 'ran ok #1  Warning: cannot write logfile [/x/y].  Error: EACCES  The step succeeded.');
});

test('records are handed to onRecord as they happen, the outcome last', async () => {
  const seen: number[] = [];
  await runJob(job([step(1, { onSuccessAction: A.GO_TO_NEXT_STEP }), step(2)]),
    options(new ScriptedSubsystem(), new FastClock(), { onRecord: (r) => { seen.push(r.stepId); } }));
  assert.deepEqual(seen, [1, 2, 0]);
});

test('a step with a proxy fails without running: the agent cannot run it as the credential', async () => {
  const sub = new ScriptedSubsystem();
  const r = await runJob(job([step(1, { proxyId: 4 })]), options(sub));
  assert.deepEqual(sub.calls, []);
  assert.equal(r.steps[0]!.runStatus, S.FAILED);
  assert.equal(r.steps[0]!.message,
    "Unable to start execution of step 1 (reason: Error authenticating proxy (proxy_id = 4), system error: this agent cannot run job steps as a proxy's credential; the step was not run)  The step failed.");
  assert.equal(r.outcome.runStatus, S.FAILED);
  const plain = await runJob(job([step(1, { proxyId: null })]), options(new ScriptedSubsystem()));
  assert.equal(plain.outcome.runStatus, S.SUCCEEDED);
});
