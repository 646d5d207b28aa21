// The target applying instructions its waiting connection delivers (no poll, no new connection):
// the rows are applied by the poller's loop, acknowledged by the next wait; a failed row, a DEFECT
// or a forced poll hands over to an ordinary poll, which marks the rows already applied without
// applying them again; rows delivered again on a new connection are not applied twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { abortableSleep } from '../../../src/agent/clock';
import type { WaitAnswer, WaitLink } from '../../../src/agent/msx/instruction-waiter';
import { MsxPoller } from '../../../src/agent/msx/poller';
import type { MasterLink, PollPorts } from '../../../src/agent/msx/poll-ports';
import type { DownloadInstruction, MsxConnectionInfo } from '../../../src/agent/msx/msx-types';
import { OPERATION_CODE } from '../../../src/codes/msx-codes';

const log = pino({ level: 'silent' });
const clock = { now: () => Date.now(), sleep: abortableSleep };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const JOB = '11111111-2222-3333-4444-555555555555';

const row = (instanceId: number, operationCode: number = OPERATION_CODE.START): DownloadInstruction =>
  ({ instanceId, sourceServer: 'MSX', operationCode, objectType: 1, objectId: JOB, deletedObjectName: null });

const INFO: MsxConnectionInfo = {
  msxServer: 'MSX', host: '127.0.0.1', port: 1, login: 'tsx', password: 'x', encryptOption: 0, caFile: null, pollIntervalSec: 300, localServer: 'TSX1',
};

/** a waiting connection whose answers the test gives; records the acknowledgements and what it applied */
class DeliveringLink implements WaitLink {
  readonly acks: (number | null | undefined)[] = [];
  readonly applied: number[] = [];
  failOn = new Set<number>();
  closed = false;
  private answers: ((a: WaitAnswer) => void)[] = [];

  wait(_timeoutSec: number, acknowledgeThrough?: number | null): Promise<WaitAnswer> {
    this.acks.push(acknowledgeThrough);
    return new Promise((resolve) => { this.answers.push(resolve); });
  }

  deliver(rows: DownloadInstruction[], pollRequested = false): void {
    this.answers.shift()?.({ pendingInstructions: rows.length, pollRequested, instructions: rows });
  }

  apply(i: DownloadInstruction): Promise<void> {
    this.applied.push(i.instanceId);
    return this.failOn.has(i.instanceId) ? Promise.reject(new Error(`cannot apply ${i.instanceId}`)) : Promise.resolve();
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

/** the master for ordinary polls: what it hands out, what was applied and marked through it */
class Ports implements PollPorts {
  readonly links: DeliveringLink[] = [];
  opens = 0;
  pending: DownloadInstruction[] = [];
  readonly applied: number[] = [];
  readonly marks: [number, string | null][] = [];
  failOn = new Set<number>();

  connection(): Promise<MsxConnectionInfo | null> { return Promise.resolve(INFO); }
  waitForInstructions(): Promise<boolean> { return Promise.resolve(true); }
  openWait(): Promise<WaitLink> {
    const link = new DeliveringLink();
    this.links.push(link);
    return Promise.resolve(link);
  }

  openMaster(): Promise<MasterLink> {
    this.opens++;
    return Promise.resolve({
      probe: () => Promise.resolve({ badEnlistment: false, blockingInstructions: 0, pendingInstructions: this.pending.length }),
      instructions: () => Promise.resolve([...this.pending]),
      apply: (i) => {
        this.applied.push(i.instanceId);
        return this.failOn.has(i.instanceId) ? Promise.reject(new Error(`still cannot apply ${i.instanceId}`)) : Promise.resolve();
      },
      mark: (id, error) => {
        this.marks.push([id, error]);
        this.pending = this.pending.filter((r) => r.instanceId !== id || error !== null);
        return Promise.resolve();
      },
      uploadOutcomes: () => Promise.resolve(0),
      close: () => Promise.resolve(),
    });
  }
}

async function until(what: string, cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(5);
  }
}

async function started(): Promise<{ ports: Ports; poller: MsxPoller; link: DeliveringLink }> {
  const ports = new Ports();
  const poller = new MsxPoller({ ports, clock, log, waitRetryMinMs: 20 });
  poller.start();
  await until('the waiting connection', () => ports.links[0]?.acks.length === 1);
  return { ports, poller, link: ports.links[0]! };
}

test('delivered rows are applied without a poll and acknowledged by the next wait', async () => {
  const { ports, poller, link } = await started();
  assert.equal(ports.opens, 1);
  link.deliver([row(10), row(11, OPERATION_CODE.STOP)]);
  await until('the next wait', () => link.acks.length === 2);
  assert.deepEqual(link.applied, [10, 11]);
  assert.deepEqual(link.acks, [null, 11]);
  assert.equal(ports.opens, 1, 'no new master connection');
  assert.equal(poller.status().delivered, 2);
  assert.equal(poller.status().waiter?.wakes, 1);
  // the acknowledgement is sent once
  link.deliver([row(12)]);
  await until('the third wait', () => link.acks.length === 3);
  assert.deepEqual(link.acks, [null, 11, 12]);
  await poller.stop();
});

test('a delivered row that fails: an ordinary poll marks the applied rows without applying them again, then retries the failed one', async () => {
  const { ports, poller, link } = await started();
  link.failOn.add(21);
  ports.failOn.add(21);
  ports.pending = [row(20), row(21), row(22)];
  link.deliver([row(20), row(21), row(22)]);
  await until('the poll', () => ports.opens === 2);
  await until('the next wait', () => link.acks.length === 2);
  assert.deepEqual(link.applied, [20, 21], 'the delivery stopped at the failure');
  assert.deepEqual(ports.applied, [21], '20 was not applied again');
  assert.deepEqual(ports.marks, [[20, null], [21, 'still cannot apply 21']]);
  assert.equal(link.acks[1], null, 'nothing to acknowledge: the poll marked it');
  assert.equal(poller.status().lastReport?.failed?.instanceId, 21);
  await poller.stop();
});

test('DEFECT (and a forced poll) go to the ordinary poll', async () => {
  const { ports, poller, link } = await started();
  ports.pending = [row(30), row(31, OPERATION_CODE.DEFECT)];
  link.deliver([row(30), row(31, OPERATION_CODE.DEFECT)]);
  await until('the poll', () => ports.opens === 2);
  await until('the next wait', () => link.acks.length === 2);
  assert.deepEqual(link.applied, [30]);
  assert.deepEqual(ports.applied, [31]);
  assert.deepEqual(ports.marks, [[30, null], [31, null]]);
  ports.pending = [row(32)];
  link.deliver([row(32)], true);
  await until('the forced poll', () => ports.opens === 3);
  assert.deepEqual(link.applied, [30]);
  assert.deepEqual(ports.applied, [31, 32]);
  await poller.stop();
});

test('a connection lost before the acknowledgement: the rows delivered again on the new one are acknowledged, not applied again', async () => {
  const ports = new Ports();
  const poller = new MsxPoller({ ports, clock, log, waitRetryMinMs: 20 });
  poller.start();
  await until('the waiting connection', () => ports.links[0]?.acks.length === 1);
  const first = ports.links[0]!;
  // the link fails its next wait (the acknowledgement) once the row is applied
  first.wait = (_t, ack) => { first.acks.push(ack); return Promise.reject(new Error('Connection lost')); };
  first.deliver([row(40)]);
  await until('a new connection', () => ports.links[1]?.acks.length === 1);
  const second = ports.links[1]!;
  assert.deepEqual(first.acks, [null, 40]);
  assert.deepEqual(second.acks, [null], 'a new session acknowledges nothing it was not handed');
  second.deliver([row(40), row(41)]);
  await until('the acknowledgement', () => second.acks.length === 2);
  assert.deepEqual(first.applied, [40]);
  assert.deepEqual(second.applied, [41]);
  assert.deepEqual(second.acks, [null, 41]);
  assert.equal(ports.opens, 1);
  await poller.stop();
});
