// ATTENTION (MS-TDS 2.2.1.7): a client cancels a running request, or tedious' request timeout
// does it; the node stops the work, answers DONE with the ATTN bit, and the connection stays usable.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import { cpuTimeMs } from '../helpers/proc-stats';
import { batch, cancel, close, connect, ok, scalar, type Session } from '../helpers/tedious-session';

const node = nodeForFile({ name: 'MSXDATTN' });
const ENDLESS_LOOP = 'DECLARE @i bigint = 0;\nWHILE 1 = 1\n  SET @i = @i + 1;';
// A fresh session per test: when a cancel goes unanswered tedious closes the connection, and that
// must fail only the test that caused it.
let session: Session;

beforeEach(async () => {
  session = await connect(await node.ready());
});
afterEach(async () => {
  if (session !== undefined) await close(session);
});

async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

describe('ATTENTION', () => {
  test('cancel() stops an endless WHILE loop; the session answers the next request', async () => {
    const running = batch(session, ENDLESS_LOOP);
    await sleep(500);
    assert.equal(cancel(session), true);
    const outcome = await withDeadline(running, 10_000, 'cancelled batch');
    assert.equal(outcome.error?.code, 'ECANCEL', `expected ECANCEL, got ${String(outcome.error?.message)}`);
    assert.equal(scalar(ok(await batch(session, 'SELECT 1 AS one'))), 1);
  });

  test('the cancelled loop really stops: the node goes idle', async () => {
    const pid = node().pid;
    const running = batch(session, ENDLESS_LOOP);
    await sleep(300);
    cancel(session);
    await withDeadline(running, 10_000, 'cancelled batch');
    await sleep(200);
    const before = cpuTimeMs(pid ?? 0);
    await sleep(1000);
    const afterwards = cpuTimeMs(pid ?? 0);
    if (before === undefined || afterwards === undefined) return;
    assert.ok(afterwards - before < 400, `node used ${afterwards - before} ms of CPU in the second after the cancel`);
  });

  test('request timeout (tedious sends ATTENTION itself) leaves the connection usable', async () => {
    const short = await connect(node(), { requestTimeoutMs: 1000 });
    try {
      const outcome = await withDeadline(batch(short, ENDLESS_LOOP), 15_000, 'timed-out batch');
      assert.equal(outcome.error?.code, 'ETIMEOUT', `expected ETIMEOUT, got ${String(outcome.error?.message)}`);
      assert.equal(scalar(ok(await batch(short, 'SELECT 2 AS two'))), 2);
    } finally {
      await close(short);
    }
  });

  test('another session is served while one runs an endless loop', async () => {
    const busy = await connect(node());
    const other = await connect(node());
    try {
      const running = batch(busy, ENDLESS_LOOP);
      await sleep(300);
      const started = Date.now();
      const answer = await withDeadline(batch(other, 'SELECT 3 AS three'), 5000, 'second session during a busy loop');
      assert.equal(scalar(ok(answer)), 3);
      assert.ok(Date.now() - started < 2000, `second session waited ${Date.now() - started} ms`);
      cancel(busy);
      await withDeadline(running, 10_000, 'cancelled batch');
    } finally {
      await close(busy);
      await close(other);
    }
  });

  test('a cancel that arrives after the request finished is harmless', async () => {
    const done = ok(await batch(session, 'SELECT 4'));
    assert.equal(scalar(done), 4);
    cancel(session);
    assert.equal(scalar(ok(await batch(session, 'SELECT 5'))), 5);
  });
});
