// The agent's group commit (src/agent/node/group-commit.ts): the batch text, and how writes queued
// while a batch is in flight are sent together, in order, one commit for all of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GroupCommitWriter, groupBatchText, type ProcCall } from '../../../src/agent/node/group-commit';

const call = (procedure: string, n: number): ProcCall => ({ procedure, args: { n } });

/** A sender whose batches finish when the test says so. */
function gatedSender(): { send: (text: string) => Promise<void>; sent: string[]; finish: (error?: Error) => void } {
  const sent: string[] = [];
  const gates: { resolve: () => void; reject: (e: Error) => void }[] = [];
  return {
    sent,
    send: (text) => {
      sent.push(text);
      return new Promise<void>((resolve, reject) => gates.push({ resolve, reject }));
    },
    finish: (error) => {
      const g = gates.shift();
      if (!g) throw new Error('no batch in flight');
      if (error) g.reject(error);
      else g.resolve();
    },
  };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

test('the batch: NOCOUNT, one transaction, EXEC per call with literals (text quoted, NULL, integers)', () => {
  const text = groupBatchText([
    { procedure: 'sp_sqlagent_log_jobhistory', args: { job_id: 'A1B2C3D4-0000-0000-0000-000000000001', step_id: 0, message: "it's done", server: null } },
    { procedure: 'sp_sqlagent_set_job_completion_state', args: { last_run_outcome: 1, last_run_duration: 2.9 } },
  ]);
  assert.equal(text, [
    'SET NOCOUNT ON;',
    'BEGIN TRANSACTION;',
    "EXEC msdb.dbo.sp_sqlagent_log_jobhistory @job_id = N'A1B2C3D4-0000-0000-0000-000000000001', @step_id = 0, @message = N'it''s done', @server = NULL;",
    'EXEC msdb.dbo.sp_sqlagent_set_job_completion_state @last_run_outcome = 1, @last_run_duration = 2;',
    'IF @@TRANCOUNT > 0 COMMIT TRANSACTION;',
  ].join('\n'));
});

test('names that are not plain identifiers and non-finite numbers are refused, not spliced in', () => {
  assert.throws(() => groupBatchText([{ procedure: 'sp_x; DROP TABLE t', args: {} }]), /bad name/);
  assert.throws(() => groupBatchText([{ procedure: 'sp_x', args: { 'a = 1; --': 1 } }]), /bad name/);
  assert.throws(() => groupBatchText([{ procedure: 'sp_x', args: { a: Number.NaN } }]), /not a number/);
});

test('the first write goes out at once; writes queued meanwhile share the next batch, in order', async () => {
  const s = gatedSender();
  const writer = new GroupCommitWriter(s.send, async () => undefined);
  const done: string[] = [];
  const first = writer.write([call('sp_a', 1)]).then(() => done.push('a'));
  await tick();
  assert.equal(s.sent.length, 1);
  const second = writer.write([call('sp_b', 2), call('sp_c', 3)]).then(() => done.push('b'));
  const third = writer.write([call('sp_d', 4)]).then(() => done.push('d'));
  await tick();
  assert.equal(s.sent.length, 1, 'nothing more is sent while a batch is in flight');
  s.finish();
  await first;
  await tick();
  assert.equal(s.sent.length, 2);
  assert.deepEqual(s.sent[1]?.split('\n').filter((l) => l.startsWith('EXEC')),
    ['EXEC msdb.dbo.sp_b @n = 2;', 'EXEC msdb.dbo.sp_c @n = 3;', 'EXEC msdb.dbo.sp_d @n = 4;']);
  s.finish();
  await Promise.all([second, third]);
  assert.deepEqual(done, ['a', 'b', 'd']);
  assert.deepEqual(writer.stats(), { batches: 2, calls: 4 });
  await writer.idle();
});

test('a failed batch rejects each of its writes, recovers the connection, and later writes still go', async () => {
  const s = gatedSender();
  let recovered = 0;
  const writer = new GroupCommitWriter(s.send, async () => { recovered++; });
  const first = writer.write([call('sp_a', 1)]);
  await tick();
  const second = writer.write([call('sp_b', 2)]);
  const third = writer.write([call('sp_c', 3)]);
  s.finish(new Error('first failed'));
  await assert.rejects(first, /first failed/);
  await tick();
  s.finish(new Error('second batch failed'));
  await assert.rejects(second, /second batch failed/);
  await assert.rejects(third, /second batch failed/);
  assert.equal(recovered, 2);
  const fourth = writer.write([call('sp_d', 4)]);
  await tick();
  s.finish();
  await fourth;
  assert.equal(s.sent.length, 3);
});

test('a batch holds whole writes up to the call limit; a larger single write still goes alone', async () => {
  const s = gatedSender();
  const writer = new GroupCommitWriter(s.send, async () => undefined, 3);
  const a = writer.write([call('sp_a', 1)]);
  await tick();
  const b = writer.write([call('sp_b', 1), call('sp_b', 2)]);
  const c = writer.write([call('sp_c', 1), call('sp_c', 2)]);
  const d = writer.write([call('sp_d', 1), call('sp_d', 2), call('sp_d', 3), call('sp_d', 4)]);
  const execs = (i: number): number => (s.sent[i] ?? '').split('\n').filter((l) => l.startsWith('EXEC')).length;
  for (let i = 0; i < 4; i++) {
    s.finish();
    await tick();
    await tick();
  }
  await Promise.all([a, b, c, d]);
  assert.deepEqual([execs(0), execs(1), execs(2), execs(3)], [1, 2, 2, 4]);
});

test('an empty write resolves without a batch', async () => {
  const s = gatedSender();
  const writer = new GroupCommitWriter(s.send, async () => undefined);
  await writer.write([]);
  assert.equal(s.sent.length, 0);
});
