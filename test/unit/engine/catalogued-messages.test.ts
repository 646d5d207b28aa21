// Catalogued messages raised and formatted from T-SQL, the way msdb's procedures use them:
// RAISERROR(n, -1, -1, ...) takes the message's own severity, FORMATMESSAGE(n, ...) its text;
// PROGRAM_NAME() is what their "called by the Agent?" checks read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../../src/engine/index';
import { IDENTITY, fakeStore, login, run } from './helpers';

test('RAISERROR(n, -1, -1, ...) raises message n with its catalogued severity and state 1', async () => {
  const engine = createEngine({ identity: IDENTITY, store: fakeStore() });
  const s = engine.openSession(login());
  const sink = await run(s, "RAISERROR(14262, -1, -1, 'job', 'nightly')");
  assert.deepEqual(sink.messages.map((m) => [m.number, m.severity, m.state, m.message]),
    [[14262, 16, 1, "The specified job ('nightly') does not exist."]]);
  const adhoc = await run(s, "RAISERROR('plain', -1, -1)");
  assert.deepEqual(adhoc.messages.map((m) => [m.number, m.severity, m.state]), [[50000, 16, 1]]);
});

test('FORMATMESSAGE formats a catalogued message by number, or a text; unknown numbers are NULL', async () => {
  const engine = createEngine({ identity: IDENTITY, store: fakeStore() });
  const s = engine.openSession(login());
  const sink = await run(s, "SELECT FORMATMESSAGE(14262, 'job', 'x'), FORMATMESSAGE('%s-%d', 'a', 7), FORMATMESSAGE(999999)");
  assert.deepEqual(sink.resultSets[0]?.rows, [["The specified job ('x') does not exist.", 'a-7', null]]);
});

test('PROGRAM_NAME() and APP_NAME() give the LOGIN7 application name', async () => {
  const engine = createEngine({ identity: IDENTITY, store: fakeStore() });
  const s = engine.openSession(login({ programName: 'SQLAgent - Job Manager' }));
  const sink = await run(s, 'SELECT PROGRAM_NAME(), APP_NAME()');
  assert.deepEqual(sink.resultSets[0]?.rows, [['SQLAgent - Job Manager', 'SQLAgent - Job Manager']]);
});
