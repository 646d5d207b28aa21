// The agent's alert logic without a node: matching, the delay between responses, the alert mail,
// and the Alerter against fake ports (occurrences, responses, the "start from now" rule).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import { alertMatches, mayRespond } from '../../../src/agent/alerts/alert-match';
import { alertMail } from '../../../src/agent/alerts/alert-mail';
import { Alerter, type AlertPorts } from '../../../src/agent/alerts/alerter';
import type { AlertDefinition, LoggedEvent } from '../../../src/agent/alerts/alert-types';
import type { OperatorRow } from '../../../src/agent/notify/notify-decision';

const alert = (over: Partial<AlertDefinition> = {}): AlertDefinition => ({
  id: 7, name: 'Disk full', enabled: true, messageId: 50000, severity: 0, delayBetweenResponses: 0, notificationMessage: null,
  includeEventDescription: 5, databaseName: null, eventDescriptionKeyword: null, jobId: null, jobName: null, lastResponseMs: 0,
  isEventAlert: true, condition: null, emailOperatorIds: [], ...over,
});

const event = (over: Partial<LoggedEvent> = {}): LoggedEvent => ({
  logId: 1, messageId: 50000, severity: 16, state: 1, message: 'The disk is full.', databaseName: 'master',
  loggedDate: 20261202, loggedTime: 153015, ...over,
});

test('an alert matches its message id, or its severity, then its database and keyword (case-insensitive)', () => {
  assert.equal(alertMatches(alert(), event()), true);
  assert.equal(alertMatches(alert(), event({ messageId: 50001 })), false);
  assert.equal(alertMatches(alert({ messageId: 0, severity: 16 }), event({ messageId: 1205 })), true);
  assert.equal(alertMatches(alert({ messageId: 0, severity: 17 }), event()), false);
  assert.equal(alertMatches(alert({ databaseName: 'MASTER' }), event()), true);
  assert.equal(alertMatches(alert({ databaseName: 'tempdb' }), event()), false);
  assert.equal(alertMatches(alert({ eventDescriptionKeyword: 'DISK' }), event()), true);
  assert.equal(alertMatches(alert({ eventDescriptionKeyword: 'cpu' }), event()), false);
  assert.equal(alertMatches(alert({ enabled: false }), event()), false);
  assert.equal(alertMatches(alert({ isEventAlert: false }), event()), false);
});

test('delay_between_responses: no response until that many seconds after the last one', () => {
  assert.equal(mayRespond(alert({ delayBetweenResponses: 60 }), 0, 1_000), true);
  assert.equal(mayRespond(alert({ delayBetweenResponses: 60 }), 1_000, 60_999), false);
  assert.equal(mayRespond(alert({ delayBetweenResponses: 60 }), 1_000, 61_000), true);
  assert.equal(mayRespond(alert(), 1_000, 1_000), true);
});

test('the alert mail: subject, DATE/TIME, DESCRIPTION only with the e-mail bit, COMMENT and JOB RUN or (None)', () => {
  const m = alertMail(alert({ notificationMessage: 'Call storage.', jobName: 'purge' }), event(), 'NODE1');
  assert.equal(m.subject, "SQL Server Alert System: 'Disk full' occurred on \\\\NODE1");
  assert.equal(m.text, [
    'DATE/TIME:\t12/2/2026 3:30:15 PM',
    'DESCRIPTION:\tError: 50000 Severity: 16 State: 1 The disk is full.',
    'COMMENT:\tCall storage.',
    'JOB RUN:\tpurge',
  ].join('\r\n\r\n'));
  const bare = alertMail(alert({ includeEventDescription: 4 }), event({ loggedTime: 1005 }), 'NODE1');
  assert.equal(bare.text, 'DATE/TIME:\t12/2/2026 12:10:05 AM\r\n\r\nCOMMENT:\t(None)\r\n\r\nJOB RUN:\t(None)');
});

interface Fired { alertId: number; responded: boolean }

function harness(alerts: AlertDefinition[], logged: LoggedEvent[]): { alerter: Alerter; fired: Fired[]; started: string[]; mails: string[]; clock: { t: number }; asked: { n: number } } {
  const asked = { n: 0 };
  const fired: Fired[] = [];
  const started: string[] = [];
  const mails: string[] = [];
  const clock = { t: 1_000_000 };
  const ports: AlertPorts = {
    loadAlerts: () => Promise.resolve(alerts),
    loggedErrors: (afterId, maxRows = 100) => (asked.n++, Promise.resolve({ events: logged.filter((e) => e.logId > afterId).slice(0, maxRows), newestId: logged.length === 0 ? 0 : logged[logged.length - 1]!.logId })),
    alertFired: (alertId, _occurrence, response) => { fired.push({ alertId, responded: response !== null }); return Promise.resolve(); },
  };
  const operators = new Map<number, OperatorRow>([[3, { id: 3, name: 'dba', enabled: true, emailAddress: 'dba@example.test' }]]);
  const alerter = new Alerter({
    ports, clock: { now: () => clock.t, sleep: () => Promise.resolve() }, log: pino({ level: 'silent' }), serverName: 'NODE1',
    operators: () => operators,
    mail: { from: 'agent@example.test', transport: { sendMail: (m) => { mails.push(`${m.to}: ${m.subject}`); return Promise.resolve(); } } },
    startJob: (jobId) => { started.push(jobId); return Promise.resolve(); },
  });
  return { alerter, fired, started, mails, clock, asked };
}

test('the Alerter responds once per delay, starts the job, mails the e-mail operators, and counts every occurrence', async () => {
  const logged: LoggedEvent[] = [];
  const h = harness([alert({ delayBetweenResponses: 60, jobId: 'J1', jobName: 'purge', emailOperatorIds: [3] })], logged);
  await h.alerter.reload();
  logged.push(event({ logId: 1 }), event({ logId: 2, messageId: 1 }));
  await h.alerter.poll();
  assert.deepEqual(h.fired, [{ alertId: 7, responded: true }]);
  assert.deepEqual(h.started, ['J1']);
  assert.deepEqual(h.mails, ["dba@example.test: SQL Server Alert System: 'Disk full' occurred on \\\\NODE1"]);
  logged.push(event({ logId: 3 }));
  h.clock.t += 59_000;
  await h.alerter.poll();
  assert.deepEqual(h.fired.at(-1), { alertId: 7, responded: false });
  logged.push(event({ logId: 4 }));
  h.clock.t += 1_000;
  await h.alerter.poll();
  assert.deepEqual(h.fired.at(-1), { alertId: 7, responded: true });
  assert.equal(h.started.length, 2);
  assert.equal(h.mails.length, 2);
});

test('errors logged before the first alert appeared are not replayed; without alerts the node is not asked', async () => {
  const logged = [event({ logId: 1 }), event({ logId: 2 })];
  const h = harness([alert()], logged);
  await h.alerter.reload();
  await h.alerter.poll();
  assert.deepEqual(h.fired, []);
  logged.push(event({ logId: 3 }));
  await h.alerter.poll();
  assert.deepEqual(h.fired, [{ alertId: 7, responded: true }]);

  const quiet = harness([alert({ enabled: false })], []);
  await quiet.alerter.reload();
  await quiet.alerter.poll();
  assert.equal(quiet.asked.n, 0);
});
