// The agent's writes off the scheduling path: a slow next-run write (the node's disk) does not hold
// back the next due schedule, stop() still waits for it, and a run's request and start are issued
// together (the node client applies them in call order) before the step runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent } from '../../../src/agent/agent';
import { FREQ_SUBDAY_TYPE as SUB, FREQ_TYPE as F } from '../../../src/codes/schedule-codes';
import type { RunRequestedSource } from '../../../src/codes/job-codes';
import { FakeNode, ManualClock, settle } from './fake-node';
import { ScriptedSubsystem, job, step } from './fakes';
import { sched } from './schedule-helpers';

const JOB = '11111111-2222-3333-4444-555555555555';
const every10s = sched({ freqType: F.DAILY, freqSubdayType: SUB.SECONDS, freqSubdayInterval: 10, scheduleId: 5, name: 'every10s' });

/** Next-run writes after the first `passThrough` (the load's) hang until released. */
class SlowNextRunNode extends FakeNode {
  passThrough = 1;
  readonly held: (() => void)[] = [];
  override nextScheduledRun(s: number, jobId: string, scheduleId: number, d: number, t: number): Promise<void> {
    if (this.passThrough-- > 0) return super.nextScheduledRun(s, jobId, scheduleId, d, t);
    return new Promise((resolve) => this.held.push(() => { void super.nextScheduledRun(s, jobId, scheduleId, d, t).then(resolve); }));
  }
}

/** The run request hangs until released; records what was called meanwhile. */
class SlowRequestNode extends FakeNode {
  release: (() => void) | null = null;
  override jobRequested(s: number, jobId: string, source: RunRequestedSource): Promise<void> {
    void super.jobRequested(s, jobId, source);
    return new Promise((resolve) => { this.release = resolve; });
  }
}

test('a next-run write still pending does not delay the next due run; stop() waits for it', async () => {
  const node = new SlowNextRunNode();
  node.jobs = [{ job: job([{ ...step(1), subsystem: 'TSQL' }], { jobId: JOB }), schedules: [every10s] }];
  const clock = new ManualClock();
  const agent = new Agent({ node, clock, subsystems: new Map([['TSQL', new ScriptedSubsystem()]]), pollIntervalMs: 1000 });
  const due: number[] = [];
  agent.on('schedule:due', (e: { driftMs: number }) => due.push(e.driftMs));
  await agent.start();
  await settle();
  assert.equal(node.outcomes.length, 1);
  assert.equal(node.held.length, 1, 'the first next-run write is held');
  await clock.advance(10_000);
  await settle();
  assert.deepEqual(due, [0, 0], 'the second run fired on time');
  assert.equal(node.outcomes.length, 2);
  assert.equal(node.held.length, 2);
  let stopped = false;
  const stopping = agent.stop().then(() => { stopped = true; });
  await settle();
  assert.equal(stopped, false, 'stop() waits for the pending writes');
  for (const release of node.held.splice(0)) release();
  await stopping;
  assert.deepEqual(node.nextRuns.get(`${JOB}/5`), [20260105, 100020]);
});

test('a run request and its start are both issued before either is written; the step waits for both', async () => {
  const node = new SlowRequestNode();
  node.jobs = [{ job: job([{ ...step(1), subsystem: 'TSQL' }], { jobId: JOB }), schedules: [every10s] }];
  const clock = new ManualClock();
  const agent = new Agent({ node, clock, subsystems: new Map([['TSQL', new ScriptedSubsystem()]]), pollIntervalMs: 1000 });
  await agent.start();
  await settle();
  assert.deepEqual(node.calls.filter((c) => c.startsWith('requested') || c.startsWith('started')), [`requested ${JOB} 1`, `started ${JOB}`]);
  assert.equal(node.steps.length, 0, 'the step has not run while the request is not written');
  node.release?.();
  await settle();
  assert.equal(node.steps.length, 1);
  assert.equal(node.outcomes.length, 1);
  await agent.stop();
});
