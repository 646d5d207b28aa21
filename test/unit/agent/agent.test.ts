import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, type AgentOptions } from '../../../src/agent/agent';
import { RUN_STATUS as S } from '../../../src/codes/job-codes';
import { FREQ_SUBDAY_TYPE as SUB, FREQ_TYPE as F } from '../../../src/codes/schedule-codes';
import type { ScheduleDefinition } from '../../../src/agent/schedule/schedule-definition';
import type { JobDefinition } from '../../../src/agent/runner/job-definition';
import { FakeNode, ManualClock, settle } from './fake-node';
import { ScriptedSubsystem, job, step } from './fakes';
import { sched } from './schedule-helpers';

const JOB = '11111111-2222-3333-4444-555555555555';
const every10s = sched({ freqType: F.DAILY, freqSubdayType: SUB.SECONDS, freqSubdayInterval: 10, scheduleId: 5, name: 'every10s' });

function setup(schedules: ScheduleDefinition[], opts: Partial<AgentOptions> = {}, sub = new ScriptedSubsystem(), j: JobDefinition = job([step(1)])) {
  const node = new FakeNode();
  node.jobs = [{ job: { ...j, steps: j.steps.map((s) => ({ ...s, subsystem: 'TSQL' })) }, schedules }];
  const clock = new ManualClock();
  const agent = new Agent({ node, clock, subsystems: new Map([['TSQL', sub]]), pollIntervalMs: 1000, ...opts });
  return { node, clock, agent, sub };
}

test('start: states, session, next_run written; stop awaits the loop', async () => {
  const noon = sched({ freqType: F.DAILY, activeStartTime: 120000, scheduleId: 5 });
  const { node, agent } = setup([noon]);
  const states: string[] = [];
  agent.on('agent:state', (s: string) => states.push(s));
  await agent.start();
  assert.equal(agent.status().state, 'running');
  assert.equal(agent.status().sessionId, 7);
  assert.deepEqual(node.calls.slice(0, 3), ['startupInfo', 'startSession', 'loadJobs']);
  assert.deepEqual(node.nextRuns.get(`${JOB}/5`), [20260105, 120000]);
  assert.equal(agent.status().nextDueAt, Date.parse('2026-01-05T12:00:00Z'));
  await agent.stop();
  assert.deepEqual(states, ['starting', 'running', 'stopping', 'stopped']);
  assert.equal(agent.status().state, 'stopped');
});

test('a due schedule runs the job and records steps and outcome on the node', async () => {
  const { node, clock, agent } = setup([every10s]);
  const due: { driftMs: number }[] = [];
  agent.on('schedule:due', (e: { driftMs: number }) => due.push(e));
  const completed = new Promise((r) => agent.once('job:complete', r));
  await agent.start();
  await settle();
  await completed;
  assert.equal(due.length, 1);
  assert.equal(due[0]!.driftMs, 0);
  assert.deepEqual(node.steps.map((s) => [s.stepId, s.runStatus]), [[1, S.SUCCEEDED]]);
  assert.equal(node.outcomes[0]!.record.message,
    'The job succeeded.  The Job was invoked by Schedule 5 (every10s).  The last step to run was step 1 (step 1).');
  assert.deepEqual(node.nextRuns.get(`${JOB}/5`), [20260105, 100010]);
  assert.ok(node.calls.includes(`requested ${JOB} 1`));
  await clock.advance(10_000);
  await settle();
  assert.equal(node.outcomes.length, 2);
  await agent.stop();
});

test('missed runs are not replayed after the clock jumps an hour', async () => {
  const { node, clock, agent } = setup([every10s]);
  await agent.start();
  await settle();
  await clock.advance(3600_000);
  await settle();
  assert.equal(node.outcomes.length, 2);
  assert.deepEqual(node.nextRuns.get(`${JOB}/5`), [20260105, 110010]);
  await agent.stop();
});

test('a second start of a running job is refused with message 22022', async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  const sub = new ScriptedSubsystem(async () => { await gate; return { succeeded: true, message: '', sqlMessageId: 0, sqlSeverity: 0, output: '' }; });
  const { agent } = setup([], {}, sub);
  await agent.start();
  assert.deepEqual(agent.startJob(JOB, { source: 4, by: 'User sa', invokedBy: 'User sa' }), { started: true });
  assert.deepEqual(agent.startJob(JOB, { source: 4, by: 'User bob', invokedBy: 'User bob' }), {
    started: false,
    message: 'SQLServerAgent Error: Request to run job job one (from User bob) refused because the job is already running from a request by User sa.',
  });
  assert.equal(agent.status().running.length, 1);
  release();
  await agent.stop();
  assert.equal(agent.status().refused, 1);
});

test('sp_stop_job (stop-job notification) cancels the running step: run_status 3', async () => {
  const sub = new ScriptedSubsystem((ctx) => new Promise((resolve) => {
    ctx.signal.addEventListener('abort', () => resolve({ succeeded: false, message: 'killed', sqlMessageId: 0, sqlSeverity: 0, output: '' }));
  }));
  const { node, agent, clock } = setup([], {}, sub);
  await agent.start();
  node.pending.push({ kind: 'start-job', jobId: JOB, stepName: null, requestedBy: 'User sa' });
  await clock.advance(1000);
  assert.equal(agent.status().running.length, 1);
  node.pending.push({ kind: 'stop-job', jobId: JOB, requestedBy: 'User admin' });
  const done = new Promise((r) => agent.once('job:complete', r));
  await clock.advance(1000);
  await done;
  assert.equal(node.outcomes[0]!.record.runStatus, S.CANCELED);
  assert.equal(node.outcomes[0]!.record.message,
    'The job was stopped prior to completion by User admin.  The Job was invoked by User sa.  The last step to run was step 1 (step 1).');
  assert.equal(node.steps[0]!.runStatus, S.CANCELED);
  await agent.stop();
});

test('agent stop cancels running jobs and waits for their outcome rows', async () => {
  const sub = new ScriptedSubsystem((ctx) => new Promise((resolve) => {
    ctx.signal.addEventListener('abort', () => resolve({ succeeded: false, message: '', sqlMessageId: 0, sqlSeverity: 0, output: '' }));
  }));
  const { node, agent } = setup([], {}, sub);
  await agent.start();
  agent.startJob(JOB, { source: 4, by: 'User sa', invokedBy: 'User sa' });
  await agent.stop();
  assert.equal(node.outcomes.length, 1);
  assert.equal(node.outcomes[0]!.record.runStatus, S.CANCELED);
});

test('a poll error is emitted and recorded; the loop backs off and carries on', async () => {
  const { node, clock, agent } = setup([]);
  const errors: Error[] = [];
  agent.on('poll:error', (e: Error) => errors.push(e));
  await agent.start();
  node.failFetches = 2;
  await clock.advance(1000);
  assert.equal(errors.length, 1);
  assert.equal(agent.status().lastError, 'connection lost');
  assert.equal(agent.status().contiguousErrors, 1);
  await clock.advance(2000);
  assert.equal(agent.status().contiguousErrors, 2);
  node.pending.push({ kind: 'start-job', jobId: JOB, stepName: null, requestedBy: 'User sa' });
  await clock.advance(4000);
  await settle();
  assert.equal(agent.status().contiguousErrors, 0);
  assert.equal(node.outcomes.length, 1);
  await agent.stop();
});

test('agent-start schedules (64) run at start; idle schedules (128) after the idle duration', async () => {
  let idle = false;
  const start = sched({ freqType: F.AGENT_START, scheduleId: 1, name: 'boot' });
  const onIdle = sched({ freqType: F.IDLE, scheduleId: 2, name: 'idle' });
  const { node, clock, agent } = setup([start, onIdle], { idle: { isIdle: () => idle, durationMs: 5000 } });
  await agent.start();
  await settle();
  assert.equal(node.outcomes.length, 1);
  assert.match(node.outcomes[0]!.record.message, /invoked by Start Sequence/);
  assert.ok(node.calls.includes(`requested ${JOB} 3`));
  idle = true;
  for (let i = 0; i < 7; i++) await clock.advance(1000);
  await settle();
  assert.equal(node.outcomes.length, 2);
  assert.ok(node.calls.includes(`requested ${JOB} 6`));
  for (let i = 0; i < 7; i++) await clock.advance(1000);
  assert.equal(node.outcomes.length, 2, 'once per idle period');
  await agent.stop();
});

test('outcome e-mail goes to the job\'s operator and is recorded as operator_id_emailed', async () => {
  const sent: { to: string; subject: string }[] = [];
  const transport = { sendMail: (m: { to: string; subject: string }) => { sent.push(m); return Promise.resolve(); } };
  const j = job([step(1, { command: 'fail' })], { notifyLevelEmail: 2, notifyEmailOperatorId: 4 });
  const { node, agent } = setup([], { mail: { transport, from: 'agent@node' } }, new ScriptedSubsystem(), j);
  node.operators = [{ id: 4, name: 'dba', enabled: true, emailAddress: 'dba@x.test' }];
  await agent.start();
  const done = new Promise((r) => agent.once('job:complete', r));
  agent.startJob(JOB, { source: 4, by: 'User sa', invokedBy: 'User sa' });
  await done;
  assert.deepEqual(sent.map((m) => [m.to, m.subject]), [['dba@x.test', "SQL Server Job System: 'job one' completed on \\\\NODE1."]]);
  assert.equal(node.outcomes[0]!.emailed, 4);
  await agent.stop();
});

test('stopping a job that is not running is refused with the agent\'s text', async () => {
  const { agent } = setup([]);
  await agent.start();
  assert.deepEqual(agent.stopJob(JOB, 'User sa'), {
    stopped: false,
    message: 'SQLServerAgent Error: Request to stop job job one (from User sa) refused because the job is not currently running.',
  });
  await agent.stop();
});

test('delete_level: the job is deleted after a matching outcome only', async () => {
  const onFailure = job([step(1)], { deleteLevel: 2 });
  const a = setup([], {}, new ScriptedSubsystem(), onFailure);
  await a.agent.start();
  let done = new Promise((r) => a.agent.once('job:complete', r));
  a.agent.startJob(JOB, { source: 4, by: 'User sa', invokedBy: 'User sa' });
  await done;
  assert.deepEqual(a.node.deleted, []);
  await a.agent.stop();
  const onSuccess = setup([], {}, new ScriptedSubsystem(), job([step(1)], { deleteLevel: 1 }));
  await onSuccess.agent.start();
  done = new Promise((r) => onSuccess.agent.once('job:complete', r));
  onSuccess.agent.startJob(JOB, { source: 4, by: 'User sa', invokedBy: 'User sa' });
  await done;
  await settle();
  assert.deepEqual(onSuccess.node.deleted, [JOB]);
  await onSuccess.agent.stop();
});

test('an agent that is not running refuses to start jobs', async () => {
  const { agent } = setup([]);
  assert.deepEqual(agent.startJob(JOB, { source: 4, by: 'User sa', invokedBy: 'User sa' }), {
    started: false, message: 'SQLServerAgent is not currently running so it cannot be notified of this action.',
  });
  await agent.start();
  await agent.stop();
  assert.equal(agent.startJob(JOB, { source: 4, by: 'User sa', invokedBy: 'User sa' }).started, false);
});
