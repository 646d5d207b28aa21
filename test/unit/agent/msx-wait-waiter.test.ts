// The target's waiting connection against fake links: a pending answer starts a poll, an empty
// answer does not, stop() ends a wait in flight, a failed connection is retried with back-off,
// a poll that cannot take the pending instructions is not repeated at once, and the poller starts,
// uses and stops its waiter by the MsxdWaitForInstructions setting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { abortableSleep } from '../../../src/agent/clock';
import { InstructionWaiter, WAITER_STATE, type WaitAnswer, type WaitLink } from '../../../src/agent/msx/instruction-waiter';
import { MsxPoller } from '../../../src/agent/msx/poller';
import type { MasterLink, PollPorts } from '../../../src/agent/msx/poll-ports';
import type { MsxConnectionInfo } from '../../../src/agent/msx/msx-types';

const log = pino({ level: 'silent' });
const clock = { now: () => Date.now(), sleep: abortableSleep };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** a link whose waits the test answers one by one */
class FakeLink implements WaitLink {
  private answers: ((a: WaitAnswer) => void)[] = [];
  private fails: ((e: Error) => void)[] = [];
  waits = 0;
  closed = false;

  wait(): Promise<WaitAnswer> {
    this.waits++;
    return new Promise((resolve, reject) => { this.answers.push(resolve); this.fails.push(reject); });
  }

  answer(pendingInstructions: number, pollRequested = false): void {
    this.fails.shift();
    this.answers.shift()?.({ pendingInstructions, pollRequested });
  }

  break(): void {
    this.answers.shift();
    this.fails.shift()?.(new Error('Connection lost - read ECONNRESET'));
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

async function until(what: string, cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(5);
  }
}

test('a pending answer starts a poll, an empty one does not; stop() ends a wait in flight', async () => {
  const link = new FakeLink();
  const work: WaitAnswer[] = [];
  const states: string[] = [];
  const w = new InstructionWaiter({ open: () => Promise.resolve(link), onWork: (a) => { work.push(a); return Promise.resolve(true); }, clock, log, onState: (s) => states.push(s) });
  w.start();
  await until('first wait', () => link.waits === 1);
  link.answer(0);
  await until('second wait', () => link.waits === 2);
  assert.deepEqual(work, []);
  link.answer(3);
  await until('third wait', () => link.waits === 3);
  link.answer(0, true);
  await until('fourth wait', () => link.waits === 4);
  assert.deepEqual(work, [{ pendingInstructions: 3, pollRequested: false }, { pendingInstructions: 0, pollRequested: true }]);
  assert.equal(w.status().wakes, 2);
  const t0 = Date.now();
  await w.stop();
  assert.ok(Date.now() - t0 < 500);
  assert.equal(link.closed, true);
  assert.equal(w.status().state, WAITER_STATE.stopped);
  assert.deepEqual(states.slice(0, 4), ['connecting', 'waiting', 'polling', 'waiting']);
  assert.equal(states.at(-1), 'stopped');
});

test('a failed connection falls back and is reopened with back-off', async () => {
  const links: FakeLink[] = [];
  let opens = 0;
  const w = new InstructionWaiter({
    open: () => {
      opens++;
      if (opens === 2 || opens === 3) return Promise.reject(new Error('ECONNREFUSED'));
      const l = new FakeLink();
      links.push(l);
      return Promise.resolve(l);
    },
    onWork: () => Promise.resolve(true), clock, log, retryMinMs: 40, retryMaxMs: 1000,
  });
  w.start();
  await until('first wait', () => links[0]?.waits === 1);
  const t0 = Date.now();
  links[0]!.break();
  await until('reopened', () => links[1]?.waits === 1);
  // three back-offs: 40 (after the break), 80, 160 ms
  assert.ok(Date.now() - t0 >= 250, `reopened after ${Date.now() - t0} ms`);
  assert.equal(opens, 4);
  assert.equal(links[0]!.closed, true);
  assert.equal(w.status().failures, 3);
  assert.match(String(w.status().lastError?.message), /ECONNREFUSED/);
  links[1]!.answer(0);
  await until('a good answer', () => links[1]!.waits === 2);
  assert.equal(w.status().failures, 0);
  await w.stop();
});

test('a poll that takes none of the pending instructions is asked again only after a back-off', async () => {
  const link = new FakeLink();
  const at: number[] = [];
  const w = new InstructionWaiter({ open: () => Promise.resolve(link), onWork: () => { at.push(Date.now()); return Promise.resolve(false); }, clock, log, retryMinMs: 100 });
  w.start();
  for (let i = 1; i <= 3; i++) {
    await until(`wait ${i}`, () => link.waits === i);
    link.answer(2);
  }
  await until('three polls', () => at.length === 3);
  assert.ok(at[1]! - at[0]! >= 90, `second poll after ${at[1]! - at[0]!} ms`);
  assert.ok(at[2]! - at[1]! >= 190, `third poll after ${at[2]! - at[1]!} ms`);
  await w.stop();
});

const INFO: MsxConnectionInfo = {
  msxServer: 'MSX,1433', host: 'msx', port: 1433, login: 'tsx', password: 'p', encryptOption: 1, caFile: null, pollIntervalSec: 300, localServer: 'TSX1',
};

class WaitingPorts implements PollPorts {
  setting = true;
  probes = 0;
  links: FakeLink[] = [];
  connection(): Promise<MsxConnectionInfo | null> { return Promise.resolve(INFO); }
  waitForInstructions(): Promise<boolean> { return Promise.resolve(this.setting); }
  openWait(): Promise<WaitLink> {
    const l = new FakeLink();
    this.links.push(l);
    return Promise.resolve(l);
  }
  openMaster(): Promise<MasterLink> {
    return Promise.resolve({
      probe: () => { this.probes++; return Promise.resolve({ badEnlistment: false, blockingInstructions: 0, pendingInstructions: 1 }); },
      instructions: () => Promise.resolve([{ instanceId: this.probes, sourceServer: 'MSX', operationCode: 4, objectType: 1, objectId: '11111111-2222-3333-4444-555555555555', deletedObjectName: null }]),
      apply: () => Promise.resolve(),
      mark: () => Promise.resolve(),
      uploadOutcomes: () => Promise.resolve(0),
      close: () => Promise.resolve(),
    });
  }
}

test('the poller: setting on = a waiting connection whose answers poll at once; setting off at a later poll = closed', async () => {
  const ports = new WaitingPorts();
  const p = new MsxPoller({ ports, clock, log });
  p.start();
  await until('the waiting connection', () => ports.links[0]?.waits === 1);
  assert.equal(ports.probes, 1);
  assert.equal(p.status().waiter?.state, WAITER_STATE.waiting);
  ports.links[0]!.answer(1);
  await until('a poll at once (the interval is 300 s)', () => ports.probes === 2);
  await until('waiting again', () => ports.links[0]!.waits === 2);
  assert.equal(p.status().waiter?.wakes, 1);
  assert.equal(p.status().lastReport?.applied, 1);
  // the same master at the next poll keeps the connection
  p.forcePoll();
  await until('third poll', () => ports.probes === 3);
  assert.equal(ports.links.length, 1);
  ports.setting = false;
  p.forcePoll();
  await until('closed by the setting', () => ports.links[0]!.closed);
  assert.equal(p.status().waiter, null);
  await p.stop();
});

test('the poller with the setting off (or ports without it) never opens a waiting connection', async () => {
  const ports = new WaitingPorts();
  ports.setting = false;
  const p = new MsxPoller({ ports, clock, log });
  p.start();
  await until('first poll', () => ports.probes === 1);
  await sleep(50);
  assert.equal(ports.links.length, 0);
  assert.equal(p.status().waiter, null);
  await p.stop();
  ports.setting = true;
  // pollOnce on a poller that is not running does not start a waiter either
  await p.pollOnce();
  assert.equal(ports.links.length, 0);
});

test('stop() of a poller whose waiter is mid-poll ends both', async () => {
  const ports = new WaitingPorts();
  const p = new MsxPoller({ ports, clock, log });
  p.start();
  await until('the waiting connection', () => ports.links[0]?.waits === 1);
  ports.links[0]!.answer(1);
  const t0 = Date.now();
  await p.stop();
  assert.ok(Date.now() - t0 < 1000);
  assert.equal(ports.links[0]!.closed, true);
  assert.equal(p.status().state, 'stopped');
});
