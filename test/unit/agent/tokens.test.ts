// SQL Server Agent job-step tokens ("Use Tokens in Job Steps", KB 915845): the pure replacement,
// the token values' formats, and the runner's use of them (command, output file, STEPCT, failure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replaceTokens, UNESCAPED_TOKEN_REASON, type AlertTokenValues, type TokenContext } from '../../../src/agent/runner/tokens';
import { DEFAULT_TOKEN_FACTS, jobIdToken, tokenContext, type TokenFacts } from '../../../src/agent/runner/token-context';
import { runJob } from '../../../src/agent/runner/job-runner';
import { STEP_ACTION as A, RUN_STATUS as S } from '../../../src/codes/job-codes';
import { FastClock, ScriptedSubsystem, job, step } from './fakes';

const FACTS: TokenFacts = {
  serverName: "NODE1\\INST'A", instanceName: 'MSSQLSERVER', machineName: 'NODE1', sqlDir: '/var/msxd', sqlLogDir: '/var/msxd/log',
  osCmd: '/bin/sh -c', masterAgent: '', replaceAlertTokens: false,
};

const ALERT: AlertTokenValues = { databaseName: "db'1", serverName: 'NODE1', errorNumber: 50001, severity: 16, message: 'bad "thing" ]' };

function ctx(p: { nowMs?: number; startedAtMs?: number; alert?: AlertTokenValues | null; facts?: Partial<TokenFacts> } = {}): TokenContext {
  return tokenContext({ ...FACTS, ...p.facts }, {
    jobId: '6F9619FF-8B86-D011-B42D-00C04FC964FF', jobName: "Ola's [job]", stepId: 3, stepName: 'backup "all"', stepCount: 2,
    startedAtMs: p.startedAtMs ?? Date.parse('2026-01-05T00:30:05Z'), nowMs: p.nowMs ?? Date.parse('2026-12-31T23:59:58Z'),
    alert: p.alert ?? null,
  });
}

function replaced(text: string, c: TokenContext = ctx()): string {
  const r = replaceTokens(text, c);
  assert.ok(r.ok, `expected success, got ${r.ok ? '' : r.reason}`);
  return r.text;
}

function failure(text: string, c: TokenContext = ctx()): string {
  const r = replaceTokens(text, c);
  assert.ok(!r.ok, `expected a failure, got ${r.ok ? r.text : ''}`);
  return r.reason;
}

test('every static token, with ESCAPE_NONE, in SQL Server\'s formats', () => {
  const v = (name: string): string => replaced(`$(ESCAPE_NONE(${name}))`);
  assert.equal(v('JOBID'), '0xFF19966F868B11D0B42D00C04FC964FF');
  assert.equal(v('JOBNAME'), "Ola's [job]");
  assert.equal(v('STEPID'), '3');
  assert.equal(v('STEPNAME'), 'backup "all"');
  assert.equal(v('STEPCT'), '2');
  assert.equal(v('DATE'), '20261231');
  assert.equal(v('TIME'), '235958');
  assert.equal(v('STRTDT'), '20260105');
  // hhmmss as the agent's integer: no leading zeros (00:30:05 is 3005)
  assert.equal(v('STRTTM'), '3005');
  assert.equal(v('SRVR'), "NODE1\\INST'A");
  assert.equal(v('INST'), 'MSSQLSERVER');
  assert.equal(v('MACH'), 'NODE1');
  assert.equal(v('SQLDIR'), '/var/msxd');
  assert.equal(v('SQLLOGDIR'), '/var/msxd/log');
  assert.equal(v('OSCMD'), '/bin/sh -c');
  assert.equal(v('MSSA'), '');
});

test('TIME at midnight is 0, DATE keeps its 8 digits', () => {
  const c = ctx({ nowMs: Date.parse('2026-03-04T00:00:00Z') });
  assert.equal(replaced('$(ESCAPE_NONE(DATE)) $(ESCAPE_NONE(TIME))', c), '20260304 0');
});

test('JOBID is the binary(16) literal of the uniqueidentifier (first three groups byte-swapped), upper case', () => {
  assert.equal(jobIdToken('00112233-4455-6677-8899-aabbccddeeff'), '0x33221100554477668899AABBCCDDEEFF');
});

test('each escape macro doubles its own character only', () => {
  const c = ctx({ facts: { serverName: `a'b"c]d` } });
  assert.equal(replaced('$(ESCAPE_SQUOTE(SRVR))', c), `a''b"c]d`);
  assert.equal(replaced('$(ESCAPE_DQUOTE(SRVR))', c), `a'b""c]d`);
  assert.equal(replaced('$(ESCAPE_RBRACKET(SRVR))', c), `a'b"c]]d`);
  assert.equal(replaced('$(ESCAPE_NONE(SRVR))', c), `a'b"c]d`);
});

test('tokens inside quotes and brackets of a T-SQL command; several per text; the rest untouched', () => {
  const sql = "INSERT INTO dbo.t VALUES ('$(ESCAPE_SQUOTE(JOBID))', '$(ESCAPE_SQUOTE(STEPID))', N'$(ESCAPE_SQUOTE(SRVR))'); SELECT [$(ESCAPE_RBRACKET(JOBNAME))], 1 $ 2, '$';";
  assert.equal(replaced(sql),
    "INSERT INTO dbo.t VALUES ('0xFF19966F868B11D0B42D00C04FC964FF', '3', N'NODE1\\INST''A'); SELECT [Ola's [job]]], 1 $ 2, '$';");
});

test('a replaced value is not scanned again for tokens', () => {
  const c = ctx({ facts: { serverName: '$(ESCAPE_NONE(DATE))' } });
  assert.equal(replaced('x $(ESCAPE_NONE(SRVR)) y', c), 'x $(ESCAPE_NONE(DATE)) y');
});

test('a token without an escape macro fails the step (SQL Server 2005 SP1 and later)', () => {
  assert.equal(failure("PRINT N'$(DATE)'"), UNESCAPED_TOKEN_REASON);
  assert.equal(UNESCAPED_TOKEN_REASON, 'The job step contains tokens. For SQL Server 2005 Service Pack 1 or later, you must use the appropriate ESCAPE_xxx macro to update job steps containing tokens before the job can run.');
  // even when an escaped one comes first, and for alert tokens too ("Any jobs containing tokens fail")
  assert.equal(failure('$(ESCAPE_NONE(DATE)) $(JOBID)'), UNESCAPED_TOKEN_REASON);
  assert.equal(failure("PRINT N'$(A-DBN)'"), UNESCAPED_TOKEN_REASON);
});

test('unknown token names fail with "Variable <name> not found"; names are case-sensitive', () => {
  assert.equal(failure('$(ESCAPE_SQUOTE(NOSUCH))'), 'Variable NOSUCH not found');
  assert.equal(failure('$(ESCAPE_SQUOTE(date))'), 'Variable date not found');
  assert.equal(failure('SELECT $(MyVar)'), 'Variable MyVar not found');
  // a lower-case macro is no macro: the whole text between the parentheses is the name
  assert.equal(failure('$(escape_squote(DATE))'), 'Variable escape_squote(DATE) not found');
});

test('an unclosed $( is a syntax error on its line', () => {
  assert.equal(failure('SELECT 1;\nSELECT 2;\nPRINT \'$(ESCAPE_NONE(DATE)\''), 'line(3): Syntax error');
});

test('alert tokens stay as written unless an alert started the run and alert token replacement is on', () => {
  const text = "PRINT N'$(ESCAPE_SQUOTE(A-DBN)) $(ESCAPE_NONE(WMI(DatabaseName)))'";
  assert.equal(replaced(text), text);
  assert.equal(replaced(text, ctx({ alert: ALERT })), text);
  assert.equal(replaced(text, ctx({ facts: { replaceAlertTokens: true } })), text);
  const on = ctx({ alert: ALERT, facts: { replaceAlertTokens: true } });
  assert.equal(replaced("$(ESCAPE_SQUOTE(A-DBN))|$(ESCAPE_NONE(A-SVR))|$(ESCAPE_NONE(A-ERR))|$(ESCAPE_NONE(A-SEV))", on), "db''1|NODE1|50001|16");
  assert.equal(replaced('$(ESCAPE_DQUOTE(A-MSG)) $(ESCAPE_RBRACKET(A-MSG))', on), 'bad ""thing"" ] bad "thing" ]]');
  // msxd fires no WMI alerts: a WMI property has no value and stays as written
  assert.equal(replaced('$(ESCAPE_NONE(WMI(DatabaseName)))', on), '$(ESCAPE_NONE(WMI(DatabaseName)))');
});

test('the default facts: MSSQLSERVER instance, nothing else known', () => {
  const c = tokenContext(DEFAULT_TOKEN_FACTS, { jobId: 'x', jobName: 'j', stepId: 1, stepName: 's', stepCount: 1, startedAtMs: 0, nowMs: 0, alert: null });
  assert.equal(replaced('$(ESCAPE_NONE(INST))|$(ESCAPE_NONE(SRVR))|$(ESCAPE_NONE(JOBID))', c), 'MSSQLSERVER||x');
});

// --- the runner ---

test('runner: the command and the output file name reach the step with their tokens replaced', async () => {
  const seen: string[] = [];
  const files: string[] = [];
  const sub = new ScriptedSubsystem((c) => {
    seen.push(c.step.command);
    return { succeeded: true, message: 'ok', sqlMessageId: 0, sqlSeverity: 0, output: 'out' };
  });
  const j = job([step(1, {
    command: "SELECT '$(ESCAPE_SQUOTE(JOBID))', $(ESCAPE_NONE(STEPID)), '$(ESCAPE_SQUOTE(STRTDT))'",
    outputFileName: '/tmp/$(ESCAPE_NONE(JOBNAME))_$(ESCAPE_NONE(STEPID))_$(ESCAPE_NONE(STRTDT))_$(ESCAPE_NONE(STRTTM)).txt',
  })]);
  const r = await runJob(j, {
    subsystems: new Map([['TEST', sub]]), clock: new FastClock(), signal: new AbortController().signal, invokedBy: 'User sa',
    tokens: FACTS, writeOutput: async (path) => { files.push(path); },
  });
  assert.deepEqual(seen, ["SELECT '0x11111111222233334444555555555555', 1, '20260105'"]);
  assert.deepEqual(files, ['/tmp/job one_1_20260105_100000.txt']);
  assert.equal(r.outcome.runStatus, S.SUCCEEDED);
});

test('runner: a token failure fails the step without running it ("Unable to start execution of step N (reason: ...)")', async () => {
  const sub = new ScriptedSubsystem();
  const files: string[] = [];
  const j = job([
    step(1, { command: "PRINT '$(STEPID)'", onFailAction: A.GO_TO_NEXT_STEP }),
    step(2, { command: 'ok', outputFileName: '/tmp/$(ESCAPE_SQUOTE(NOPE)).txt' }),
  ]);
  const r = await runJob(j, {
    subsystems: new Map([['TEST', sub]]), clock: new FastClock(), signal: new AbortController().signal, invokedBy: 'User sa',
    writeOutput: async (path) => { files.push(path); },
  });
  assert.deepEqual(sub.calls, []);
  assert.deepEqual(files, []);
  assert.deepEqual(r.steps.map((h) => [h.stepId, h.runStatus, h.message]), [
    [1, S.FAILED, `Unable to start execution of step 1 (reason: ${UNESCAPED_TOKEN_REASON}).  The step failed.`],
    [2, S.FAILED, 'Unable to start execution of step 2 (reason: Variable NOPE not found).  The step failed.'],
  ]);
  assert.equal(r.outcome.runStatus, S.FAILED);
});

test('runner: STEPCT counts executions of the step in the run, not its retries', async () => {
  const counts: string[] = [];
  let n = 0;
  const sub = new ScriptedSubsystem((c, attempt) => {
    counts.push(`${c.step.stepId}:${c.step.command}`);
    n++;
    // step 1 fails its first attempt (retried), then succeeds; step 2 loops back to step 1 once
    const ok = !(c.step.stepId === 1 && attempt === 1) && !(c.step.stepId === 2 && n === 3);
    return { succeeded: ok, message: '', sqlMessageId: 0, sqlSeverity: 0, output: '' };
  });
  const j = job([
    step(1, { command: '$(ESCAPE_NONE(STEPCT))', retryAttempts: 1, onSuccessAction: A.GO_TO_NEXT_STEP }),
    step(2, { command: '$(ESCAPE_NONE(STEPCT))', onFailAction: A.GO_TO_STEP, onFailStepId: 1 }),
  ]);
  await runJob(j, { subsystems: new Map([['TEST', sub]]), clock: new FastClock(), signal: new AbortController().signal, invokedBy: 'User sa' });
  assert.deepEqual(counts, ['1:1', '1:1', '2:1', '1:2', '2:2']);
});
