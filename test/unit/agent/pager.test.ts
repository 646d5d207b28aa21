import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onPagerDuty, PAGER_DAY as D, type PagerSchedule } from '../../../src/agent/notify/pager-duty';
import { pageRecipients, reachable, type OperatorRow } from '../../../src/agent/notify/notify-decision';
import { sendToOperators, type MailTransport } from '../../../src/agent/notify/mail-sender';
import { jobOutcomeEvent } from '../../../src/agent/notify/job-event-log';
import { alertMail } from '../../../src/agent/alerts/alert-mail';
import type { AlertDefinition } from '../../../src/agent/alerts/alert-types';
import { NOTIFY_LEVEL as L, RUN_STATUS as S } from '../../../src/codes/job-codes';

// 2026-11-30 is a Monday; 2026-12-05 Saturday; 2026-12-06 Sunday
const at = (date: string, time: string): number => Date.parse(`${date}T${time}Z`);
const OFFICE: PagerSchedule = {
  pagerDays: D.monday | D.tuesday | D.wednesday | D.thursday | D.friday | D.saturday,
  weekdayStart: 90000, weekdayEnd: 180000, saturdayStart: 100000, saturdayEnd: 120000, sundayStart: 0, sundayEnd: 235959,
};

test('on duty: weekday window, both ends included, one second outside is off', () => {
  assert.equal(onPagerDuty(OFFICE, at('2026-11-30', '09:00:00')), true);
  assert.equal(onPagerDuty(OFFICE, at('2026-11-30', '08:59:59')), false);
  assert.equal(onPagerDuty(OFFICE, at('2026-11-30', '18:00:00')), true);
  assert.equal(onPagerDuty(OFFICE, at('2026-11-30', '18:00:01')), false);
  assert.equal(onPagerDuty(OFFICE, at('2026-12-04', '12:00:00')), true, 'Friday uses the weekday times');
});

test('on duty: Saturday and Sunday use their own times; a day outside pager_days is off all day', () => {
  assert.equal(onPagerDuty(OFFICE, at('2026-12-05', '09:30:00')), false, 'Saturday starts at 10:00');
  assert.equal(onPagerDuty(OFFICE, at('2026-12-05', '11:00:00')), true);
  assert.equal(onPagerDuty(OFFICE, at('2026-12-05', '13:00:00')), false);
  assert.equal(onPagerDuty(OFFICE, at('2026-12-06', '12:00:00')), false, 'Sunday is not in pager_days');
  assert.equal(onPagerDuty({ ...OFFICE, pagerDays: 127 }, at('2026-12-06', '12:00:00')), true);
  assert.equal(onPagerDuty({ ...OFFICE, pagerDays: 0 }, at('2026-11-30', '12:00:00')), false, 'pager_days 0 (the default): never');
  assert.equal(onPagerDuty({ ...OFFICE, pagerDays: D.tuesday }, at('2026-11-30', '12:00:00')), false, 'Monday not set');
});

test('on duty: an end before the start pages from the start through midnight of that day', () => {
  const night: PagerSchedule = { ...OFFICE, pagerDays: 127, weekdayStart: 220000, weekdayEnd: 60000 };
  assert.equal(onPagerDuty(night, at('2026-11-30', '22:00:00')), true);
  assert.equal(onPagerDuty(night, at('2026-11-30', '23:59:59')), true);
  assert.equal(onPagerDuty(night, at('2026-11-30', '21:59:59')), false);
  assert.equal(onPagerDuty(night, at('2026-12-01', '05:00:00')), false, 'the next morning belongs to its own day');
  const allDay: PagerSchedule = { ...OFFICE, pagerDays: 127, weekdayStart: 0, weekdayEnd: 235959 };
  assert.equal(onPagerDuty(allDay, at('2026-11-30', '00:00:00')), true);
  assert.equal(onPagerDuty(allDay, at('2026-11-30', '23:59:59')), true);
});

const pagerOps = new Map<number, OperatorRow>([
  [1, { id: 1, name: 'duty', enabled: true, emailAddress: 'duty@x.test', pagerAddress: 'duty-pager@x.test', pager: { ...OFFICE, pagerDays: 127 } }],
  [2, { id: 2, name: 'offduty', enabled: true, emailAddress: null, pagerAddress: 'off@x.test', pager: { ...OFFICE, pagerDays: 0 } }],
  [3, { id: 3, name: 'nopager', enabled: true, emailAddress: 'n@x.test', pagerAddress: null, pager: { ...OFFICE, pagerDays: 127 } }],
  [4, { id: 4, name: 'disabled', enabled: false, emailAddress: null, pagerAddress: 'd@x.test', pager: { ...OFFICE, pagerDays: 127 } }],
]);

test('notify_level_page picks the operator only when the level matches and the operator is on duty with a pager address', () => {
  const noon = at('2026-11-30', '12:00:00');
  const job = (id: number, level: number = L.ON_FAILURE) => ({ notifyLevelEmail: 0, notifyEmailOperatorId: 0, notifyLevelPage: level, notifyPageOperatorId: id });
  assert.deepEqual(pageRecipients(job(1), S.FAILED, pagerOps, noon).map((o) => o.name), ['duty']);
  assert.deepEqual(pageRecipients(job(1), S.SUCCEEDED, pagerOps, noon), []);
  assert.deepEqual(pageRecipients(job(1), S.FAILED, pagerOps, at('2026-11-30', '20:00:00')), [], 'off duty at 20:00');
  assert.deepEqual(pageRecipients(job(2), S.FAILED, pagerOps, noon), []);
  assert.deepEqual(pageRecipients(job(3), S.FAILED, pagerOps, noon), []);
  assert.deepEqual(pageRecipients(job(4), S.FAILED, pagerOps, noon), []);
  assert.deepEqual(pageRecipients(job(1, L.NEVER), S.FAILED, pagerOps, noon), []);
  assert.deepEqual(pageRecipients({ notifyLevelEmail: 3, notifyEmailOperatorId: 1 }, S.FAILED, pagerOps, noon), [], 'no page level: never');
  assert.equal(reachable(pagerOps.get(2), 'email', noon), false, 'no e-mail address');
  assert.equal(reachable(pagerOps.get(1), 'email', at('2026-11-30', '23:00:00')), true, 'e-mail has no duty hours');
});

test('a page is an e-mail to pager_address, recorded as a page', async () => {
  const sent: { to: string }[] = [];
  const delivered: string[] = [];
  const transport: MailTransport = {
    sendMail: async (m) => { sent.push({ to: m.to }); },
    delivered: async (op, _at, method) => { delivered.push(`${op.id}:${method}`); },
  };
  const op = pagerOps.get(1) as OperatorRow;
  await sendToOperators(transport, 'agent@x.test', [op], { subject: 's', text: 't' }, 'pager');
  await sendToOperators(transport, 'agent@x.test', [op], { subject: 's', text: 't' });
  assert.deepEqual(sent, [{ to: 'duty-pager@x.test' }, { to: 'duty@x.test' }]);
  assert.deepEqual(delivered, ['1:pager', '1:email']);
});

test('job outcome event: SQL Server Agent event 208 text, Warning on failure, Information otherwise', () => {
  const e = jobOutcomeEvent({
    jobId: '6F9619FF-8B86-D011-B42D-00C04FC964FF', jobName: 'nightly', status: S.FAILED, startedAt: at('2018-08-21', '09:49:07'),
    message: 'The job failed.  The Job was invoked by User sa.  The last step to run was step 1 (s1).',
  });
  assert.equal(e.eventId, 208);
  assert.equal(e.eventType, 2);
  assert.equal(e.text, "SQL Server Scheduled Job 'nightly' (0xFF19966F868B11D0B42D00C04FC964FF) - Status: Failed - Invoked on: 2018-08-21 09:49:07"
    + ' - Message: The job failed.  The Job was invoked by User sa.  The last step to run was step 1 (s1).');
  const ok = jobOutcomeEvent({ jobId: '6F9619FF-8B86-D011-B42D-00C04FC964FF', jobName: 'j', status: S.SUCCEEDED, startedAt: at('2026-01-02', '03:04:05'), message: 'm' });
  assert.equal(ok.eventType, 4);
  assert.match(ok.text, / - Status: Succeeded - Invoked on: 2026-01-02 03:04:05 - Message: m$/);
});

test('the alert page includes the description only when include_event_description has the pager bit', () => {
  const alert: AlertDefinition = {
    id: 1, name: 'a', enabled: true, messageId: 50001, severity: 0, delayBetweenResponses: 0, notificationMessage: null,
    includeEventDescription: 2, databaseName: null, eventDescriptionKeyword: null, jobId: null, jobName: null, lastResponseMs: 0,
    isEventAlert: true, condition: null, emailOperatorIds: [], pagerOperatorIds: [1],
  };
  const ev = { logId: 1, messageId: 50001, severity: 16, state: 1, message: 'boom', databaseName: 'master', loggedDate: 20261130, loggedTime: 120000 };
  assert.match(alertMail(alert, ev, 'srv', 'pager').text, /DESCRIPTION:\tError: 50001 Severity: 16 State: 1 boom/);
  assert.doesNotMatch(alertMail(alert, ev, 'srv', 'email').text, /DESCRIPTION/);
});
