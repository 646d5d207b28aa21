// The target's poll state machine against fake ports: the order of a poll, an error row that
// stops the downloads, a blocked target that downloads nothing, a node not enlisted, forcePoll,
// and the SERVER value encoding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { MsxPoller, type PollReport } from '../../../src/agent/msx/poller';
import { objectIdInt, type DownloadInstruction, type MsxConnectionInfo, type ProbeResult } from '../../../src/agent/msx/msx-types';
import { OPERATION_CODE } from '../../../src/codes/msx-codes';
import type { MasterLink, PollPorts } from '../../../src/agent/msx/poll-ports';
import { abortableSleep } from '../../../src/agent/clock';

const INFO: MsxConnectionInfo = {
  msxServer: 'MSX,1433', host: 'msx', port: 1433, login: 'tsx', password: 'p', encryptOption: 1, caFile: null, pollIntervalSec: 60, localServer: 'TSX1',
};

const instruction = (instanceId: number, operationCode: number): DownloadInstruction => ({
  instanceId, sourceServer: 'MSX', operationCode, objectType: 1, objectId: '11111111-2222-3333-4444-555555555555', deletedObjectName: null,
});

class FakePorts implements PollPorts {
  calls: string[] = [];
  info: MsxConnectionInfo | null = INFO;
  probeResult: ProbeResult = { badEnlistment: false, blockingInstructions: 0, pendingInstructions: 2 };
  list: DownloadInstruction[] = [instruction(1, OPERATION_CODE.INSERT), instruction(2, OPERATION_CODE.START)];
  failOn = new Set<number>();
  uploads = 0;

  connection(): Promise<MsxConnectionInfo | null> {
    this.calls.push('connection');
    return Promise.resolve(this.info);
  }

  openMaster(): Promise<MasterLink> {
    this.calls.push('open');
    const c = this.calls;
    return Promise.resolve({
      probe: () => { c.push('probe'); return Promise.resolve(this.probeResult); },
      instructions: () => { c.push('fetch'); return Promise.resolve(this.list); },
      apply: (i) => {
        c.push(`apply ${i.instanceId}`);
        return this.failOn.has(i.instanceId) ? Promise.reject(new Error(`bad ${i.instanceId}`)) : Promise.resolve();
      },
      mark: (id, error) => { c.push(`mark ${id} ${error ?? 'ok'}`); return Promise.resolve(); },
      uploadOutcomes: () => { c.push('upload'); return Promise.resolve(this.uploads); },
      close: () => { c.push('close'); return Promise.resolve(); },
    });
  }
}

function poller(ports: FakePorts, states: string[] = []): MsxPoller {
  return new MsxPoller({ ports, clock: { now: () => 0, sleep: abortableSleep }, log: pino({ level: 'silent' }), onState: (s) => states.push(s) });
}

test('a poll: connection, probe, instructions applied and marked in order, upload, disconnect', async () => {
  const ports = new FakePorts();
  ports.uploads = 3;
  const states: string[] = [];
  const p = poller(ports, states);
  const report = await p.pollOnce();
  assert.deepEqual(ports.calls, ['connection', 'open', 'probe', 'fetch', 'apply 1', 'mark 1 ok', 'apply 2', 'mark 2 ok', 'upload', 'close']);
  assert.deepEqual(report, { enlisted: true, applied: 2, failed: null, uploaded: 3, badEnlistment: false, blocked: false } satisfies PollReport);
  assert.deepEqual(states, []); // a stopped poller reports no states: pollOnce alone is a test seam
});

test('a failing instruction gets its error and stops the downloads; the outcomes still go up', async () => {
  const ports = new FakePorts();
  ports.list = [instruction(1, OPERATION_CODE.INSERT), instruction(2, OPERATION_CODE.START), instruction(3, OPERATION_CODE.START)];
  ports.failOn.add(2);
  const report = await poller(ports).pollOnce();
  assert.deepEqual(ports.calls, ['connection', 'open', 'probe', 'fetch', 'apply 1', 'mark 1 ok', 'apply 2', 'mark 2 bad 2', 'upload', 'close']);
  assert.deepEqual(report.failed, { instanceId: 2, message: 'bad 2' });
  assert.equal(report.blocked, true);
});

test('a blocked target (an error row at the master) downloads nothing', async () => {
  const ports = new FakePorts();
  ports.probeResult = { badEnlistment: false, blockingInstructions: 1, pendingInstructions: 4 };
  const report = await poller(ports).pollOnce();
  assert.deepEqual(ports.calls, ['connection', 'open', 'probe', 'upload', 'close']);
  assert.equal(report.blocked, true);
  assert.equal(report.applied, 0);
});

test('nothing pending: no fetch', async () => {
  const ports = new FakePorts();
  ports.probeResult = { badEnlistment: false, blockingInstructions: 0, pendingInstructions: 0 };
  await poller(ports).pollOnce();
  assert.deepEqual(ports.calls, ['connection', 'open', 'probe', 'upload', 'close']);
});

test('not enlisted: no connection to any master', async () => {
  const ports = new FakePorts();
  ports.info = null;
  const report = await poller(ports).pollOnce();
  assert.deepEqual(ports.calls, ['connection']);
  assert.equal(report.enlisted, false);
});

test('start polls at once, then waits the interval; forcePoll cuts the wait; stop ends the loop', async () => {
  const ports = new FakePorts();
  ports.probeResult = { badEnlistment: false, blockingInstructions: 0, pendingInstructions: 0 };
  const states: string[] = [];
  const reports: PollReport[] = [];
  const p = new MsxPoller({
    ports, clock: { now: () => 0, sleep: abortableSleep }, log: pino({ level: 'silent' }),
    onState: (s) => states.push(s), onPoll: (r) => reports.push(r),
  });
  p.start();
  while (reports.length < 1) await new Promise((r) => setTimeout(r, 5));
  assert.deepEqual(states, ['waiting', 'connecting', 'probing', 'uploading', 'disconnecting', 'waiting']);
  assert.equal(p.status().intervalSec, 60);
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(reports.length, 1);
  p.forcePoll();
  while (reports.length < 2) await new Promise((r) => setTimeout(r, 5));
  await p.stop();
  assert.equal(p.status().state, 'stopped');
  assert.equal(reports.length, 2);
});

test('a poll that throws is reported and the loop goes on waiting', async () => {
  const ports = new FakePorts();
  ports.openMaster = () => Promise.reject(new Error('unreachable'));
  const errors: string[] = [];
  const p = new MsxPoller({ ports, clock: { now: () => 0, sleep: abortableSleep }, log: pino({ level: 'silent' }), onError: (e) => errors.push(e.message) });
  p.start();
  while (errors.length < 1) await new Promise((r) => setTimeout(r, 5));
  assert.equal(p.status().state, 'waiting');
  await p.stop();
  assert.deepEqual(errors, ['unreachable']);
});

test('SERVER instructions carry an int in the last 4 bytes of object_id (SET-POLL 60)', () => {
  assert.equal(objectIdInt('00000000-0000-0000-0000-00000000003C'), 60);
  assert.equal(objectIdInt('00000000-0000-0000-0000-FFFFFFFFFFC4'), -60);
});

test('the master\'s name (the MSSA token) is what the last poll read: MSXServerName while enlisted, empty once defected', async () => {
  const ports = new FakePorts();
  const p = poller(ports);
  assert.equal(p.masterServer(), '');
  await p.pollOnce();
  assert.equal(p.masterServer(), 'MSX,1433');
  ports.info = null;
  await p.pollOnce();
  assert.equal(p.masterServer(), '');
});
