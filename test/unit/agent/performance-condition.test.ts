// Performance-condition alerts without a node: the condition's shape as msdb checks it
// (PATINDEX(N'%_|%_|%|[><=]|[0-9]%') and four '|'), its parts, the comparison, the rate of a
// "/sec" counter between two samples, the sampler's occurrences, the alert mail's description,
// and the Alerter on fake ports (sampling interval, delay between responses, job, mail).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import {
  comparedValue, conditionHolds, hasConditionShape, parseCondition, PERF_COUNTER_TYPE, splitCondition,
} from '../../../src/codes/performance-condition';
import { occurrenceMail, performanceDescription } from '../../../src/agent/alerts/alert-mail';
import { Alerter, type AlertPorts } from '../../../src/agent/alerts/alerter';
import type { AlertDefinition, CounterSample } from '../../../src/agent/alerts/alert-types';
import { PerformanceSampler } from '../../../src/agent/alerts/performance-sampler';

const USERS = 'SQLServer:General Statistics|User Connections||>|5';

test('shape: what PATINDEX(N\'%_|%_|%|[><=]|[0-9]%\') accepts', () => {
  for (const ok of [USERS, 'MSSQL$X:Locks|Lock Waits/sec|_Total|<|0', 'a|b||=|9', 'a|b|c|>|5 users', 'x|y|z|>|1.5']) {
    assert.equal(hasConditionShape(ok), true, ok);
  }
  for (const bad of ['', 'SQLServer:General Statistics|User Connections||>|', 'a|b||>=|5', 'a|b||>|-1', 'a|b|>|5', '|b||>|5',
    'a||>|5', 'a|b||!|5', 'a|b||>|x5', 'a|b|c|>|.5']) {
    assert.equal(hasConditionShape(bad), false, bad);
  }
});

test('split: after the prefix, exactly four bars', () => {
  assert.deepEqual(splitCondition(USERS), {
    objectName: 'SQLServer:General Statistics', objectKey: 'General Statistics', counterName: 'User Connections', instanceName: '', comparator: '>', value: '5',
  });
  assert.deepEqual(splitCondition('Locks|Lock Waits/sec|_Total|<|0'), {
    objectName: 'Locks', objectKey: 'Locks', counterName: 'Lock Waits/sec', instanceName: '_Total', comparator: '<', value: '0',
  });
  assert.equal(splitCondition('a|b|||>|5'), null);
  assert.equal(splitCondition('a|b|>|5'), null);
});

test('parse: the condition the agent evaluates; the value as atof reads it', () => {
  assert.deepEqual(parseCondition(USERS), {
    objectName: 'SQLServer:General Statistics', objectKey: 'General Statistics', counterName: 'User Connections', instanceName: '', comparator: '>', threshold: 5,
  });
  assert.equal(parseCondition('a|b||=|2.5')?.threshold, 2.5);
  assert.equal(parseCondition('a|b||<|12 per second')?.threshold, 12);
  assert.equal(parseCondition('a|b|||>|5'), null);
  assert.equal(parseCondition('a|b||>=|5'), null);
});

test('compare: >, <, = against the threshold', () => {
  assert.deepEqual([4, 5, 6].map((v) => conditionHolds('>', v, 5)), [false, false, true]);
  assert.deepEqual([4, 5, 6].map((v) => conditionHolds('<', v, 5)), [true, false, false]);
  assert.deepEqual([4, 5, 6].map((v) => conditionHolds('=', v, 5)), [false, true, false]);
});

test('value: a raw count as read; a bulk count as its rate per second between two readings', () => {
  assert.equal(comparedValue(PERF_COUNTER_TYPE.RAW, undefined, { value: 7, atMs: 1000 }), 7);
  assert.equal(comparedValue(PERF_COUNTER_TYPE.BULK_COUNT, undefined, { value: 700, atMs: 1000 }), undefined);
  assert.equal(comparedValue(PERF_COUNTER_TYPE.BULK_COUNT, { value: 100, atMs: 1000 }, { value: 500, atMs: 21_000 }), 20);
  assert.equal(comparedValue(PERF_COUNTER_TYPE.BULK_COUNT, { value: 100, atMs: 1000 }, { value: 100, atMs: 1000 }), undefined);
  // the counters restarted with the node: no rate from a count that went down
  assert.equal(comparedValue(PERF_COUNTER_TYPE.BULK_COUNT, { value: 500, atMs: 1000 }, { value: 3, atMs: 2000 }), undefined);
});

const alert = (over: Partial<AlertDefinition> = {}): AlertDefinition => ({
  id: 9, name: 'Crowded', enabled: true, messageId: 0, severity: 0, delayBetweenResponses: 0, notificationMessage: null,
  includeEventDescription: 1, databaseName: null, eventDescriptionKeyword: null, jobId: null, jobName: null, lastResponseMs: 0,
  isEventAlert: false, condition: parseCondition(USERS), emailOperatorIds: [], ...over,
});
const users = (value: number): CounterSample => ({ objectName: 'General Statistics', counterName: 'User Connections', instanceName: '', value, type: PERF_COUNTER_TYPE.RAW });
const batches = (value: number): CounterSample => ({ objectName: 'SQL Statistics', counterName: 'Batch Requests/sec', instanceName: '', value, type: PERF_COUNTER_TYPE.BULK_COUNT });

test('sampler: an occurrence per sample while the condition holds; names match without case; rates need two samples', () => {
  const s = new PerformanceSampler(20_000);
  const t0 = Date.UTC(2026, 11, 2, 5, 30, 15);
  assert.equal(s.take(t0), true);
  assert.equal(s.take(t0 + 19_999), false);
  assert.equal(s.take(t0 + 20_000), true);
  const busy = alert({ id: 10, condition: parseCondition('SQLServer:SQL Statistics|Batch Requests/sec||>|10') });
  const lower = alert({ id: 11, condition: parseCondition('MSSQL$A:general statistics|user connections||<|3') });
  const off = alert({ id: 12, enabled: false });
  const first = s.evaluate([alert(), busy, lower, off], [users(6), batches(1000)], t0);
  assert.deepEqual(first.map((o) => o.alert.id), [9]);
  assert.deepEqual({ observed: first[0]!.event.observed, date: first[0]!.event.date, time: first[0]!.event.time }, { observed: 6, date: 20261202, time: 53015 });
  // 20 s later: 1000 -> 1300 batches is 15/sec (> 10); 2 users < 3
  const second = s.evaluate([alert(), busy, lower, off], [users(2), batches(1300)], t0 + 20_000);
  assert.deepEqual(second.map((o) => [o.alert.id, o.event.observed]), [[10, 15], [11, 2]]);
  // a counter the node lacks never occurs
  assert.deepEqual(s.evaluate([alert({ condition: parseCondition('SQLServer:Locks|Lock Waits/sec|_Total|>|0') })], [users(9)], t0 + 40_000), []);
});

test('mail: the performance description in the alert mail', () => {
  const e = { condition: parseCondition(USERS)!, observed: 6, date: 20261202, time: 53015 };
  assert.equal(performanceDescription(e),
    "The SQL Server performance counter 'User Connections' (instance 'N/A') of object 'SQLServer:General Statistics' is now above the threshold of 5.00 (the current value is 6.00).");
  const m = occurrenceMail(alert({ jobName: 'purge' }), { kind: 'performance', event: e }, 'NODE1');
  assert.equal(m.subject, "SQL Server Alert System: 'Crowded' occurred on \\\\NODE1");
  assert.equal(m.text, [
    'DATE/TIME:\t12/2/2026 5:30:15 AM',
    `DESCRIPTION:\t${performanceDescription(e)}`,
    'COMMENT:\t(None)',
    'JOB RUN:\tpurge',
  ].join('\r\n\r\n'));
  const below = { condition: parseCondition('SQLServer:Locks|Lock Waits/sec|_Total|<|1')!, observed: 0.25, date: 20261202, time: 53015 };
  assert.match(performanceDescription(below), /\(instance '_Total'\) of object 'SQLServer:Locks' is now below the threshold of 1\.00 \(the current value is 0\.25\)\.$/);
});

test('Alerter: samples every interval while a performance alert is enabled; the delay holds back responses, not occurrences', async () => {
  let alerts = [alert({ delayBetweenResponses: 60, jobId: 'J1', jobName: 'purge' })];
  let connections = 6;
  const sampled: number[] = [];
  const fired: { alertId: number; responded: boolean; date: number }[] = [];
  const started: string[] = [];
  const clock = { t: Date.UTC(2026, 11, 2, 5, 0, 0) };
  const ports: AlertPorts = {
    loadAlerts: () => Promise.resolve(alerts),
    loggedErrors: () => Promise.resolve({ events: [], newestId: 0 }),
    alertFired: (alertId, occurrence, response) => { fired.push({ alertId, responded: response !== null, date: occurrence.date }); return Promise.resolve(); },
    sampleCounters: () => { sampled.push(clock.t); return Promise.resolve([users(connections)]); },
  };
  const alerter = new Alerter({
    ports, clock: { now: () => clock.t, sleep: () => Promise.resolve() }, log: pino({ level: 'silent' }), serverName: 'NODE1',
    operators: () => new Map(), mail: null, startJob: (jobId) => { started.push(jobId); return Promise.resolve(); }, performanceSampleMs: 1_000,
  });
  await alerter.reload();
  await alerter.poll();
  assert.deepEqual(fired, [{ alertId: 9, responded: true, date: 20261202 }]);
  assert.deepEqual(started, ['J1']);
  clock.t += 500;
  await alerter.poll();
  assert.equal(sampled.length, 1, 'no sample before the interval');
  clock.t += 500;
  await alerter.poll();
  assert.deepEqual(fired.at(-1), { alertId: 9, responded: false, date: 20261202 });
  connections = 5;
  clock.t += 1_000;
  await alerter.poll();
  assert.equal(fired.length, 2, 'not above the threshold: no occurrence');
  connections = 8;
  clock.t += 60_000;
  await alerter.poll();
  assert.deepEqual(fired.at(-1), { alertId: 9, responded: true, date: 20261202 });
  assert.deepEqual(started, ['J1', 'J1']);
  // no enabled performance alert: the node is not asked
  alerts = [alert({ enabled: false })];
  await alerter.reload();
  const asked = sampled.length;
  clock.t += 5_000;
  await alerter.poll();
  assert.equal(sampled.length, asked);
});

test('Alerter: a failed read of the counters costs that sample only', async () => {
  let fail = true;
  const fired: number[] = [];
  const clock = { t: Date.UTC(2026, 11, 2, 6, 0, 0) };
  const ports: AlertPorts = {
    loadAlerts: () => Promise.resolve([alert()]),
    loggedErrors: () => Promise.resolve({ events: [], newestId: 0 }),
    alertFired: (alertId) => { fired.push(alertId); return Promise.resolve(); },
    sampleCounters: () => (fail ? Promise.reject(new Error('connection lost')) : Promise.resolve([users(6)])),
  };
  const alerter = new Alerter({
    ports, clock: { now: () => clock.t, sleep: () => Promise.resolve() }, log: pino({ level: 'silent' }), serverName: 'NODE1',
    operators: () => new Map(), mail: null, startJob: () => Promise.resolve(), performanceSampleMs: 1_000,
  });
  await alerter.reload();
  await alerter.poll();
  assert.deepEqual(fired, []);
  fail = false;
  clock.t += 1_000;
  await alerter.poll();
  assert.deepEqual(fired, [9]);
});
