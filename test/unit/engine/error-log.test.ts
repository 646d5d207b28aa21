// The engine's error log (RAISERROR ... WITH LOG), which the agent's alerts read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ErrorLog } from '../../../src/engine/error-log';

const entry = (number: number) => ({ number, severity: 16, state: 1, text: `e${number}`, database: 'master', loginName: 'sa', spid: 51, loggedAt: new Date(0) });

test('ids ascend from 1; after() returns newer entries oldest first, capped; the oldest go when full', () => {
  const log = new ErrorLog(3);
  assert.equal(log.newestId, 0);
  for (const n of [1, 2, 3, 4]) log.record(entry(n));
  assert.equal(log.newestId, 4);
  assert.deepEqual(log.after(0).map((e) => [e.id, e.number]), [[2, 2], [3, 3], [4, 4]]);
  assert.deepEqual(log.after(2).map((e) => e.id), [3, 4]);
  assert.deepEqual(log.after(0, 1).map((e) => e.id), [2]);
  assert.deepEqual(log.after(0, 0), []);
});
