import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CmdExecSubsystem } from '../../../src/agent/subsystems/cmdexec-subsystem';
import { PowerShellSubsystem } from '../../../src/agent/subsystems/powershell-subsystem';
import { runJob } from '../../../src/agent/runner/job-runner';
import { STEP_ACTION as A } from '../../../src/codes/job-codes';
import { RUN_STATUS as S } from '../../../src/codes/job-codes';
import { FastClock, job, step } from './fakes';

const cmd = (command: string, p: Parameters<typeof step>[1] = {}) => step(1, { subsystem: 'CmdExec', command, ...p });
const subsystems = (maxOutputBytes?: number) =>
  new Map([['CMDEXEC', new CmdExecSubsystem(maxOutputBytes === undefined ? { killGraceMs: 200 } : { maxOutputBytes, killGraceMs: 200 })]]);
const run = (j: ReturnType<typeof job>, signal = new AbortController().signal, maxOutputBytes?: number) =>
  runJob(j, { subsystems: subsystems(maxOutputBytes), clock: new FastClock(), signal, invokedBy: 'User sa', ownerIsSysadmin: true });

test('exit code equal to cmdexec_success_code is success (echo hi; exit 3 with code 3)', async () => {
  const r = await run(job([cmd("echo hi; exit 3", { cmdexecSuccessCode: 3 })]));
  assert.equal(r.steps[0]!.runStatus, S.SUCCEEDED);
  assert.match(r.steps[0]!.message, /^Executed as user: \S+\. hi  Process Exit Code 3\.  The step succeeded\.$/);
  assert.equal(r.outcome.runStatus, S.SUCCEEDED);
});

test('any other exit code fails the step; stderr is captured too', async () => {
  const r = await run(job([cmd('echo oops >&2; exit 1')]));
  assert.equal(r.steps[0]!.runStatus, S.FAILED);
  assert.match(r.steps[0]!.message, /oops  Process Exit Code 1\.  The step failed\.$/);
});

test('output file overwritten, then appended when flags & 2', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'agent-out-'));
  try {
    const file = join(dir, 'step.log');
    const j = job([
      step(1, { subsystem: 'CmdExec', command: 'echo first', outputFileName: file, onSuccessAction: A.GO_TO_NEXT_STEP }),
      step(2, { subsystem: 'CmdExec', command: 'echo second', outputFileName: file, flags: 2, onSuccessAction: A.GO_TO_NEXT_STEP }),
      step(3, { subsystem: 'CmdExec', command: 'echo third', outputFileName: file, flags: 2 }),
    ]);
    await run(j);
    assert.equal(await readFile(file, 'utf8'), 'first\nsecond\nthird\n');
    await run(job([cmd('echo again', { outputFileName: file })]));
    assert.equal(await readFile(file, 'utf8'), 'again\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('stopping the job kills the process group (the shell and its children)', async () => {
  const ac = new AbortController();
  const started = Date.now();
  setTimeout(() => ac.abort(), 150);
  const r = await run(job([cmd('sleep 30 & sleep 30; wait', { retryAttempts: 2 })]), ac.signal);
  assert.ok(Date.now() - started < 5000, 'the step ended promptly');
  assert.equal(r.steps.length, 1);
  assert.equal(r.steps[0]!.runStatus, S.CANCELED);
  assert.equal(r.outcome.runStatus, S.CANCELED);
});

test('captured output is bounded', async () => {
  const r = await run(job([cmd('head -c 200000 /dev/zero | tr "\\0" x; echo; exit 0', { outputFileName: null })]), undefined, 1000);
  const m = r.steps[0]!.message;
  assert.equal(r.steps[0]!.runStatus, S.SUCCEEDED);
  assert.ok(m.length < 1200, `message length ${m.length}`);
  assert.match(m, /\(output truncated\)  Process Exit Code 0\./);
});

test('PowerShell without pwsh on the PATH fails with the agent\'s subsystem message', async () => {
  const r = await runJob(job([step(1, { subsystem: 'PowerShell', command: 'Write-Output 1' })]), {
    subsystems: new Map([['POWERSHELL', new PowerShellSubsystem(null)]]), clock: new FastClock(),
    signal: new AbortController().signal, invokedBy: 'User sa', ownerIsSysadmin: true,
  });
  assert.equal(r.steps[0]!.message,
    'Unable to start execution of step 1 (reason: The PowerShell subsystem failed to load: pwsh was not found on the PATH)  The step failed.');
});

test('a job owned by a non-sysadmin may not run CmdExec steps (no proxies)', async () => {
  const r = await runJob(job([cmd('echo should-not-run')]), {
    subsystems: subsystems(), clock: new FastClock(), signal: new AbortController().signal, invokedBy: 'User bob', ownerIsSysadmin: false,
  });
  assert.equal(r.steps[0]!.message,
    'Non-SysAdmins have been denied permission to run CmdExec job steps without a proxy account.  The step failed.');
});
