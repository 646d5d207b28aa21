import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCredentials, mssqlConfig, AGENT_APP_NAME } from '../../../src/agent/node/credentials';
import { toNotification } from '../../../src/agent/node/notification-mapping';
import { jobHeader, jobSchedule, jobStep, operator } from '../../../src/agent/node/row-mapping';
import { quoteName } from '../../../src/agent/node/tsql-executor';

test('credential file: required fields, certificate inline or from a file, TLS always verified', () => {
  const c = parseCredentials({ host: '127.0.0.1', port: 14330, login: 'agent', password: 'pw', certificateFile: '/x/cert.pem', serverName: 'localhost' },
    (p) => `PEM of ${p}`);
  assert.equal(c.certificatePem, 'PEM of /x/cert.pem');
  const cfg = mssqlConfig(c, { appName: AGENT_APP_NAME.jobManager });
  assert.equal(cfg.options?.encrypt, true);
  assert.equal(cfg.options?.trustServerCertificate, false);
  assert.equal(cfg.options?.appName, 'SQLAgent - Job Manager');
  assert.equal(cfg.database, 'msdb');
  assert.throws(() => parseCredentials({ host: 'h', port: 0, login: 'a' }, () => ''), /port/);
  assert.throws(() => parseCredentials({ port: 1, login: 'a' }, () => ''), /"host"/);
  const withMail = parseCredentials({ host: 'h', port: 1, login: 'a', certificatePem: 'P', smtp: { host: 'm', port: 25, secure: false, from: 'a@b' } }, () => '');
  assert.deepEqual(withMail.smtp, { host: 'm', port: 25, secure: false, from: 'a@b' });
});

test('sp_sqlagent_notify rows map to agent notifications', () => {
  const row = { opType: 'J', actionType: 'S', jobId: 'A', scheduleId: null, stepName: 'two', requestedBy: 'User sa' };
  assert.deepEqual(toNotification(row), { kind: 'start-job', jobId: 'A', stepName: 'two', requestedBy: 'User sa' });
  assert.deepEqual(toNotification({ ...row, actionType: 'C' }), { kind: 'stop-job', jobId: 'A', requestedBy: 'User sa' });
  assert.deepEqual(toNotification({ ...row, actionType: 'U' }), { kind: 'refresh-jobs' });
  assert.deepEqual(toNotification({ ...row, opType: 's', actionType: 'i' }), { kind: 'refresh-jobs' });
  assert.deepEqual(toNotification({ ...row, opType: 'O' }), { kind: 'refresh-operators' });
  assert.deepEqual(toNotification({ ...row, opType: 'P' }), { kind: 'poll-msx' });
  assert.deepEqual(toNotification({ ...row, opType: 'A' }), { kind: 'refresh-alerts' });
  assert.equal(toNotification({ ...row, opType: 'G' }), null);
  assert.deepEqual(toNotification({ ...row, opType: 'M', actionType: 'Q' }), { kind: 'mail-queued' });
  assert.equal(toNotification({ ...row, opType: 'M', actionType: 'U' }), null);
});

test('procedure rows map to definitions; wrong types are errors', () => {
  const h = jobHeader({ job_id: 'ab-cd', name: 'j', enabled: 1, start_step_id: 1, owner: 'sa', notify_level_email: 2, notify_email_operator_id: 3, notify_level_eventlog: 2, notify_level_page: 1, notify_page_operator_id: 5, delete_level: 0, version_number: 4 });
  assert.deepEqual(h, { jobId: 'AB-CD', name: 'j', enabled: true, startStepId: 1, owner: 'sa', notifyLevelEmail: 2, notifyEmailOperatorId: 3, notifyLevelEventlog: 2, notifyLevelPage: 1, notifyPageOperatorId: 5, deleteLevel: 0, versionNumber: 4, agentAccount: false });
  const s = jobStep({
    step_id: 1, step_name: 's', subsystem: 'TSQL', command: 'SELECT 1', database_name: 'master', database_user_name: null,
    cmdexec_success_code: 0, on_success_action: 1, on_success_step_id: 0, on_fail_action: 2, on_fail_step_id: 0,
    retry_attempts: 0, retry_interval: 0, output_file_name: null, flags: 2,
  });
  assert.equal(s.flags, 2);
  assert.equal(s.databaseName, 'master');
  const sc = jobSchedule({
    schedule_id: 9, schedule_name: 'n', enabled: true, freq_type: 4, freq_interval: 1, freq_subday_type: 1, freq_subday_interval: 0,
    freq_relative_interval: 0, freq_recurrence_factor: 0, active_start_date: 20260101, active_end_date: 99991231,
    active_start_time: 0, active_end_time: 235959,
  });
  assert.equal(sc.enabled, true);
  const pagerCols = { pager_address: 'p@b', pager_days: 62, weekday_pager_start_time: 80000, weekday_pager_end_time: 170000,
    saturday_pager_start_time: 90000, saturday_pager_end_time: 120000, sunday_pager_start_time: 0, sunday_pager_end_time: 0 };
  assert.deepEqual(operator({ id: 1, name: 'o', enabled: 0, email_address: 'a@b', ...pagerCols }), {
    id: 1, name: 'o', enabled: false, emailAddress: 'a@b', pagerAddress: 'p@b',
    pager: { pagerDays: 62, weekdayStart: 80000, weekdayEnd: 170000, saturdayStart: 90000, saturdayEnd: 120000, sundayStart: 0, sundayEnd: 0 },
  });
  assert.throws(() => jobHeader({ job_id: null }), /job_id/);
});

test('QUOTENAME of database names', () => {
  assert.equal(quoteName('master'), '[master]');
  assert.equal(quoteName('we]ird'), '[we]]ird]');
});
