// The agent's own overhead at the target load (1,000 trivial job runs per minute per node), with
// the real clock: 1,000 jobs all due in the same second start within a second of their due time
// and finish well inside a minute. The node is the in-memory fake, so this measures the agent,
// not msdb (the real-node figure comes with the msdb procedures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent } from '../../../src/agent/agent';
import { FREQ_TYPE as F } from '../../../src/codes/schedule-codes';
import { civilFromEpochMs, dateToInt, secondsToHhmmss } from '../../../src/agent/schedule/civil-time';
import { FakeNode } from './fake-node';
import { ScriptedSubsystem, job, step } from './fakes';
import { sched } from './schedule-helpers';

test('1,000 jobs due in the same second: drift under 1 s, all complete within seconds', { timeout: 60_000 }, async () => {
  const node = new FakeNode();
  const dueMs = (Math.floor(Date.now() / 1000) + 2) * 1000;
  const due = civilFromEpochMs(dueMs);
  const once = sched({ freqType: F.ONCE, activeStartDate: dateToInt(due.date), activeStartTime: secondsToHhmmss(due.seconds) });
  node.jobs = Array.from({ length: 1000 }, (_, i) => ({
    job: job([{ ...step(1), subsystem: 'TSQL' }], { jobId: `JOB-${i}`, name: `job ${i}` }),
    schedules: [{ ...once, scheduleId: i + 1 }],
  }));
  const agent = new Agent({ node, subsystems: new Map([['TSQL', new ScriptedSubsystem()]]), pollIntervalMs: 250 });
  let maxDrift = 0;
  agent.on('schedule:due', (e: { driftMs: number }) => { maxDrift = Math.max(maxDrift, e.driftMs); });
  let completed = 0;
  let lastCompletion = 0;
  const all = new Promise<void>((resolve) => agent.on('job:complete', () => {
    completed++;
    lastCompletion = Date.now();
    if (completed === 1000) resolve();
  }));
  await agent.start();
  await all;
  await agent.stop();
  assert.equal(node.outcomes.length, 1000);
  console.log(`# max drift ${maxDrift} ms; last of 1000 completed ${lastCompletion - dueMs} ms after due`);
  assert.ok(maxDrift < 1000, `max drift ${maxDrift} ms`);
  assert.ok(lastCompletion - dueMs < 10_000, `last completion ${lastCompletion - dueMs} ms after due`);
});
