import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emailRecipients, levelMatches, type OperatorRow } from '../../../src/agent/notify/notify-decision';
import { NOTIFY_LEVEL as L } from '../../../src/codes/job-codes';
import { jobCompletionMail } from '../../../src/agent/notify/job-mail';
import { sendToOperators, smtpTransport } from '../../../src/agent/notify/mail-sender';
import { RUN_STATUS as S } from '../../../src/codes/job-codes';
import { SmtpSink } from './smtp-sink';

const ops = new Map<number, OperatorRow>([
  [1, { id: 1, name: 'dba', enabled: true, emailAddress: 'dba@example.test' }],
  [2, { id: 2, name: 'off', enabled: false, emailAddress: 'off@example.test' }],
  [3, { id: 3, name: 'nomail', enabled: true, emailAddress: null }],
]);

test('notify_level_email: 0 never, 1 on success, 2 on failure, 3 always', () => {
  const table: [number, number, boolean][] = [
    [L.NEVER, S.SUCCEEDED, false], [L.NEVER, S.FAILED, false],
    [L.ON_SUCCESS, S.SUCCEEDED, true], [L.ON_SUCCESS, S.FAILED, false], [L.ON_SUCCESS, S.CANCELED, false],
    [L.ON_FAILURE, S.SUCCEEDED, false], [L.ON_FAILURE, S.FAILED, true], [L.ON_FAILURE, S.CANCELED, false],
    [L.ALWAYS, S.SUCCEEDED, true], [L.ALWAYS, S.FAILED, true], [L.ALWAYS, S.CANCELED, true],
  ];
  for (const [level, status, want] of table) assert.equal(levelMatches(level, status as 0), want, `${level}/${status}`);
});

test('recipients: the job\'s e-mail operator when enabled and addressed', () => {
  assert.deepEqual(emailRecipients({ notifyLevelEmail: L.ALWAYS, notifyEmailOperatorId: 1 }, S.FAILED, ops).map((o) => o.name), ['dba']);
  assert.deepEqual(emailRecipients({ notifyLevelEmail: L.ON_SUCCESS, notifyEmailOperatorId: 1 }, S.FAILED, ops), []);
  assert.deepEqual(emailRecipients({ notifyLevelEmail: L.ALWAYS, notifyEmailOperatorId: 0 }, S.FAILED, ops), []);
  assert.deepEqual(emailRecipients({ notifyLevelEmail: L.ALWAYS, notifyEmailOperatorId: 2 }, S.FAILED, ops), []);
  assert.deepEqual(emailRecipients({ notifyLevelEmail: L.ALWAYS, notifyEmailOperatorId: 3 }, S.FAILED, ops), []);
  assert.deepEqual(emailRecipients({ notifyLevelEmail: L.ALWAYS, notifyEmailOperatorId: 9 }, S.FAILED, ops), []);
});

test('the completion mail reads like SQL Server Agent\'s', () => {
  const m = jobCompletionMail({
    jobName: 'nightly', serverName: 'NODE1', status: S.FAILED, startedAt: Date.parse('2026-12-01T13:04:05Z'),
    durationSeconds: 3723, message: 'The job failed.',
  });
  assert.equal(m.subject, "SQL Server Job System: 'nightly' completed on \\\\NODE1.");
  assert.equal(m.text, [
    "JOB RUN:\t'nightly' was run on 12/1/2026 at 1:04:05 PM",
    'DURATION:\t1 hours, 2 minutes, 3 seconds',
    'STATUS: \tFailed',
    'MESSAGES:\tThe job failed.',
  ].join('\r\n'));
});

test('mail goes through nodemailer to an SMTP server (local sink)', async () => {
  const sink = new SmtpSink();
  const port = await sink.listen();
  try {
    const transport = smtpTransport({ host: '127.0.0.1', port, secure: false, from: 'agent@node.test' });
    const mail = jobCompletionMail({ jobName: 'j', serverName: 'N', status: S.SUCCEEDED, startedAt: 0, durationSeconds: 1, message: 'ok' });
    const out = await sendToOperators(transport, 'agent@node.test', [ops.get(1)!], mail);
    assert.deepEqual(out.map((o) => [o.sent, o.error]), [[true, null]]);
    assert.equal(sink.mails.length, 1);
    assert.equal(sink.mails[0]!.from, '<agent@node.test>');
    assert.deepEqual(sink.mails[0]!.to, ['<dba@example.test>']);
    assert.match(sink.mails[0]!.data, /Subject: SQL Server Job System: 'j' completed on \\\\N\./);
    assert.match(sink.mails[0]!.data, /STATUS: \tSucceeded/);
  } finally {
    await sink.close();
  }
});

test('a send failure is reported, not thrown', async () => {
  const transport = { sendMail: () => Promise.reject(new Error('connection refused')) };
  const out = await sendToOperators(transport, 'a@b', [ops.get(1)!], { subject: 's', text: 't' });
  assert.deepEqual(out.map((o) => [o.sent, o.error]), [[false, 'connection refused']]);
});
