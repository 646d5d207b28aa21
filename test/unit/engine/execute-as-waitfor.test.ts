import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../../src/engine/index';
import type { EngineSession } from '../../../src/engine/api';
import type { LoginInfoRow, NodeStore } from '../../../src/store/api';
import { IDENTITY, RecordingSink, fakeStore, login, run } from './helpers';
import { msUntil, parseWaitTime } from '../../../src/engine/statements/waitfor';

function loginRow(principalId: number, name: string, isSysadmin: boolean): LoginInfoRow {
  return { principalId, name, sid: Buffer.from([principalId]), isDisabled: false, isSysadmin, defaultDatabase: 'master', createDate: 0n };
}

async function sessionAs(name: string, sysadmin: boolean): Promise<EngineSession> {
  const store = { ...fakeStore(), listLogins: () => [loginRow(1, 'sa', true), loginRow(300, 'Bob', false)] } as NodeStore;
  const engine = createEngine({ identity: IDENTITY, store });
  if (sysadmin) await engine.authenticate('sa', 'pw');
  return engine.openSession(login({ loginName: name }));
}

const rows = (sink: RecordingSink): unknown[][] => sink.resultSets.map((r) => [...r.rows[0]!]);

test('EXECUTE AS LOGIN switches SUSER_SNAME and sysadmin; ORIGINAL_LOGIN stays; REVERT returns', async () => {
  const s = await sessionAs('sa', true);
  const sink = await run(s, "EXECUTE AS LOGIN = N'bob';\nSELECT SUSER_SNAME(), ORIGINAL_LOGIN(), IS_SRVROLEMEMBER('sysadmin');\nREVERT;\nSELECT SUSER_SNAME(), IS_SRVROLEMEMBER('sysadmin');");
  assert.deepEqual(sink.errors, []);
  assert.deepEqual(rows(sink), [['Bob', 'sa', 0], ['sa', 1]]);
});

test('impersonating needs sysadmin and an existing login: 15406', async () => {
  let sink = await run(await sessionAs('sa', true), "EXECUTE AS LOGIN = 'nobody';");
  assert.deepEqual(sink.errors.map((e) => [e.number, e.severity, e.state, e.lineNumber]), [[15406, 16, 1, 1]]);
  assert.equal(sink.errors[0]!.message, 'Cannot execute as the server principal because the principal "nobody" does not exist, this type of principal cannot be impersonated, or you do not have permission.');
  sink = await run(await sessionAs('Bob', false), "EXECUTE AS LOGIN = 'sa';");
  assert.deepEqual(sink.errors.map((e) => e.number), [15406]);
});

test('WITH NO REVERT lasts for the session; REVERT is 15196', async () => {
  const s = await sessionAs('sa', true);
  await run(s, "EXECUTE AS LOGIN = N'Bob' WITH NO REVERT");
  const sink = await run(s, 'REVERT;\nSELECT SUSER_SNAME();');
  assert.deepEqual(sink.errors.map((e) => [e.number, e.lineNumber]), [[15196, 1]]);
  assert.deepEqual(rows(sink), [['Bob']]);
});

test('EXECUTE AS inside dynamic SQL ends with it; REVERT there cannot undo the caller\'s', async () => {
  const s = await sessionAs('sa', true);
  let sink = await run(s, "EXEC ('EXECUTE AS LOGIN = ''Bob''; SELECT SUSER_SNAME()');\nSELECT SUSER_SNAME();");
  assert.deepEqual(rows(sink), [['Bob'], ['sa']]);
  sink = await run(s, "EXECUTE AS LOGIN = 'Bob';\nEXEC ('REVERT; SELECT SUSER_SNAME()');\nREVERT;\nSELECT SUSER_SNAME();");
  assert.deepEqual(rows(sink), [['Bob'], ['sa']]);
});

test('WAITFOR DELAY waits on a timer; bad time strings are 148; ATTENTION ends the wait', async () => {
  const s = await sessionAs('sa', true);
  let started = Date.now();
  let sink = await run(s, "WAITFOR DELAY '00:00:00.060';\nSELECT 1;");
  assert.ok(Date.now() - started >= 50);
  assert.deepEqual(rows(sink), [[1]]);
  sink = await run(s, "WAITFOR DELAY 'soon';");
  assert.deepEqual(sink.errors.map((e) => [e.number, e.severity]), [[148, 15]]);
  const abort = new AbortController();
  sink = new RecordingSink();
  started = Date.now();
  setTimeout(() => abort.abort(), 30);
  await s.executeBatch("WAITFOR DELAY '00:10';\nSELECT 2;", sink, abort.signal);
  assert.ok(Date.now() - started < 2000);
  assert.deepEqual(sink.resultSets, []);
});

test('WAITFOR time strings', () => {
  assert.equal(parseWaitTime('00:00:01.5'), 1500);
  assert.equal(parseWaitTime('1:02'), 3_720_000);
  assert.equal(parseWaitTime('24:00'), undefined);
  assert.equal(parseWaitTime('x'), undefined);
  const now = new Date(2026, 0, 1, 10, 0, 0);
  assert.equal(msUntil(parseWaitTime('10:00:05')!, now), 5000);
  assert.equal(msUntil(parseWaitTime('09:59:59')!, now), 86_399_000);
});
