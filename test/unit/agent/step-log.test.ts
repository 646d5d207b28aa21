// Step logs in msdb (flags 8 / 16): which steps keep one, the text, and that the runner hands each
// attempt's output over (retries included) in step order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runJob } from '../../../src/agent/runner/job-runner';
import { stepLogMode, stepLogText } from '../../../src/agent/runner/step-log';
import { STEP_ACTION as A, STEP_FLAG } from '../../../src/codes/job-codes';
import { FastClock, ScriptedSubsystem, job, step } from './fakes';

test('flags 8 replaces, 16 appends, neither keeps no log; other bits do not matter', () => {
  assert.equal(stepLogMode(step(1, { flags: STEP_FLAG.LOG_TO_TABLE })), 'overwrite');
  assert.equal(stepLogMode(step(1, { flags: STEP_FLAG.LOG_TO_TABLE_APPEND | STEP_FLAG.APPEND_OUTPUT_FILE })), 'append');
  assert.equal(stepLogMode(step(1, { flags: STEP_FLAG.OUTPUT_TO_HISTORY | STEP_FLAG.APPEND_OUTPUT_FILE })), 'none');
  assert.equal(stepLogMode(step(1)), 'none');
});

test('the log text ends with one line break', () => {
  assert.equal(stepLogText('a\nb'), 'a\nb\n');
  assert.equal(stepLogText('a\n'), 'a\n');
  assert.equal(stepLogText(''), '');
});

test('the runner hands over every attempt\'s output, retries included', async () => {
  const seen: [number, string][] = [];
  const j = job([
    step(1, { command: 'fail-1', retryAttempts: 1, onSuccessAction: A.GO_TO_NEXT_STEP }),
    step(2),
  ]);
  await runJob(j, {
    subsystems: new Map([['TEST', new ScriptedSubsystem()]]), clock: new FastClock(), signal: new AbortController().signal,
    invokedBy: 'User sa', onStepOutput: (s, output) => { seen.push([s.stepId, output]); },
  });
  assert.deepEqual(seen, [[1, 'out fail-1 #1'], [1, 'out fail-1 #2'], [2, 'out ok #1']]);
});
