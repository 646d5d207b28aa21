// The master's InstructionNotifier: per-target wakes, force (one / all), timeout, abort (the
// listener is removed: TDS reuses one signal for a session's requests), thousands of waiters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InstructionNotifier, WAKE_REASON } from '../../../src/procedures/msdb/msx/instruction-notifier';
import { ExpiringSet } from '../../../src/procedures/msdb/msx/expiring-set';

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

test('a post wakes the waits of its targets only; names compare upper-cased', async () => {
  const n = new InstructionNotifier();
  const a = n.wait('tsx1', 10_000);
  const b = n.wait('TSX2', 10_000);
  assert.equal(n.waiting(), 2);
  assert.equal(n.waiting('TSX1'), 1);
  assert.equal(n.posted([' TSX1 ', 'tsx9']), 1);
  assert.equal(await a, WAKE_REASON.posted);
  assert.equal(n.waiting(), 1);
  let settled = false;
  void b.then(() => { settled = true; });
  await tick();
  assert.equal(settled, false);
  assert.equal(n.force(['tsx2']), 1);
  assert.equal(await b, WAKE_REASON.forced);
  assert.equal(n.waiting(), 0);
});

test('posted() and force() without targets wake every wait', async () => {
  const n = new InstructionNotifier();
  const waits = [n.wait('A', 10_000), n.wait('B', 10_000), n.wait('B', 10_000)];
  assert.equal(n.posted(), 3);
  assert.deepEqual(await Promise.all(waits), [WAKE_REASON.posted, WAKE_REASON.posted, WAKE_REASON.posted]);
  const more = [n.wait('A', 10_000), n.wait('C', 10_000)];
  assert.equal(n.force(), 2);
  assert.deepEqual(await Promise.all(more), [WAKE_REASON.forced, WAKE_REASON.forced]);
  assert.equal(n.force(), 0);
});

test('a wait ends at its timeout; zero or negative ends at once', async () => {
  const n = new InstructionNotifier();
  const t0 = Date.now();
  assert.equal(await n.wait('A', 40), WAKE_REASON.timeout);
  assert.ok(Date.now() - t0 >= 35);
  assert.equal(await n.wait('A', 0), WAKE_REASON.timeout);
  assert.equal(n.waiting(), 0);
});

test('an aborted request ends its wait and leaves no listener on the (shared) signal', async () => {
  const n = new InstructionNotifier();
  const c = new AbortController();
  let listeners = 0;
  const signal = c.signal;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((...a: Parameters<typeof add>) => { listeners++; add(...a); }) as typeof add;
  signal.removeEventListener = ((...a: Parameters<typeof remove>) => { listeners--; remove(...a); }) as typeof remove;
  // a wait that ends otherwise removes its listener too
  const posted = n.wait('A', 10_000, signal);
  n.posted(['A']);
  assert.equal(await posted, WAKE_REASON.posted);
  assert.equal(listeners, 0);
  const w = n.wait('A', 10_000, signal);
  assert.equal(listeners, 1);
  c.abort();
  assert.equal(await w, WAKE_REASON.aborted);
  assert.equal(listeners, 0);
  assert.equal(n.waiting(), 0);
  assert.equal(await n.wait('A', 10_000, signal), WAKE_REASON.aborted);
  assert.equal(n.waiting(), 0);
});

test('5,000 waits on 1,000 targets: one post to all wakes them in milliseconds, a targeted one only its own', async () => {
  const n = new InstructionNotifier();
  const controllers = Array.from({ length: 5000 }, () => new AbortController());
  const waits = controllers.map((c, i) => n.wait(`TSX${i % 1000}`, 60_000, c.signal));
  assert.equal(n.waiting(), 5000);
  assert.equal(n.posted(['TSX7']), 5);
  assert.equal(n.waiting(), 4995);
  const t0 = performance.now();
  assert.equal(n.posted(Array.from({ length: 1000 }, (_, i) => `TSX${i}`)), 4995);
  const reasons = await Promise.all(waits);
  assert.ok(performance.now() - t0 < 1000, 'woken within a second');
  assert.ok(reasons.every((r) => r === WAKE_REASON.posted));
  assert.equal(n.waiting(), 0);
  // an abort after the wake does nothing
  for (const c of controllers) c.abort();
  assert.equal(n.waiting(), 0);
});

test('epochs: a post between a count and its wait ends the wait at once; knownEmpty holds until a post or its age', async () => {
  const n = new InstructionNotifier();
  const e0 = n.epoch('TSX1');
  n.noteEmpty('tsx1', e0, 1000);
  assert.equal(n.knownEmpty('TSX1', 500, 1200), true);
  assert.equal(n.knownEmpty('TSX1', 500, 1600), false);
  n.posted(['TSX2']);
  assert.equal(n.epoch('TSX1'), e0);
  assert.equal(n.knownEmpty('TSX1', 500, 1200), true);
  n.posted(['tsx1']);
  assert.notEqual(n.epoch('TSX1'), e0);
  assert.equal(n.knownEmpty('TSX1', 500, 1200), false);
  assert.equal(await n.wait('TSX1', 10_000, undefined, e0), WAKE_REASON.posted);
  const e1 = n.epoch('TSX1');
  n.noteEmpty('TSX1', e1, 1000);
  n.posted();
  assert.notEqual(n.epoch('TSX1'), e1);
  assert.equal(n.knownEmpty('TSX1', 500, 1200), false);
  assert.equal(await n.wait('TSX1', 10_000, undefined, e1), WAKE_REASON.posted);
  assert.equal(await n.wait('TSX1', 20, undefined, n.epoch('TSX1')), WAKE_REASON.timeout);
  assert.equal(n.waiting(), 0);
});

test('ExpiringSet: members expire after their time and are swept when the set is large', () => {
  let now = 0;
  const s = new ExpiringSet(100, () => now);
  s.add('a');
  assert.equal(s.has('a'), true);
  now = 99;
  assert.equal(s.has('a'), true);
  now = 100;
  assert.equal(s.has('a'), false);
  assert.equal(s.size, 0);
  for (let i = 0; i < 20_000; i++) s.add(`m${i}`);
  now = 300;
  s.add('fresh');
  assert.equal(s.size, 1);
});
