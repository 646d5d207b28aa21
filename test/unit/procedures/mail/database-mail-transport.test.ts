// The agent's side of Database Mail (src/agent/notify/database-mail-transport.ts) against local SMTP
// sinks: the account's From / Reply-To / AUTH, the credential file's smtp block only when the
// Agent does not use Database Mail, the reason when neither, and the sysoperators record that
// never turns a sent mail into a failure. (Kept with the mail procedures' tests: one owner.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DatabaseMailTransport, NOT_CONFIGURED, accountTransportOptions } from '../../../../src/agent/notify/database-mail-transport';
import { sendToOperators } from '../../../../src/agent/notify/mail-sender';
import type { DatabaseMailAccount } from '../../../../src/agent/node/mail-settings';
import type { OperatorRow } from '../../../../src/agent/notify/notify-decision';
import { SmtpSink } from '../../agent/smtp-sink';

const dba: OperatorRow = { id: 7, name: 'dba', enabled: true, emailAddress: 'dba@example.test' };
const mail = { subject: 'SQL Server Job System: \'j\' completed on \\\\N.', text: 'STATUS: \tFailed' };

function account(port: number, p: Partial<DatabaseMailAccount> = {}): DatabaseMailAccount {
  return {
    profileName: 'p', accountName: 'a', server: '127.0.0.1', port, enableSsl: false, emailAddress: 'agent@node.test',
    displayName: 'Node Agent', replyTo: 'noreply@node.test', username: null, password: null, timeoutSeconds: null, ...p,
  };
}

test('Database Mail: from the account, Reply-To, AUTH with the account\'s password; the operator is recorded', async () => {
  const sink = new SmtpSink({ auth: true });
  const port = await sink.listen();
  const recorded: [number, number][] = [];
  try {
    const transport = new DatabaseMailTransport({
      lookup: () => Promise.resolve(account(port, { username: 'u', password: 'Pw-1' })),
      record: (id, at) => { recorded.push([id, at]); return Promise.resolve(); },
    });
    const out = await sendToOperators(transport, 'ignored@x', [dba], mail);
    assert.deepEqual(out.map((o) => [o.sent, o.error]), [[true, null]]);
    const m = sink.mails[0]!;
    assert.deepEqual([m.user, m.password, m.from, m.to], ['u', 'Pw-1', '<agent@node.test>', ['<dba@example.test>']]);
    assert.match(m.data, /^From: Node Agent <agent@node\.test>$/m);
    assert.match(m.data, /^Reply-To: noreply@node\.test$/m);
    assert.deepEqual(recorded.map((r) => r[0]), [7]);
  } finally {
    await sink.close();
  }
});

test('no Database Mail: the credential file\'s smtp block, else a failure with the reason', async () => {
  const sink = new SmtpSink();
  const port = await sink.listen();
  try {
    const fallback = new DatabaseMailTransport({ lookup: () => Promise.resolve(null) },
      { host: '127.0.0.1', port, secure: false, from: 'file@node.test' });
    assert.deepEqual((await sendToOperators(fallback, 'file@node.test', [dba], mail)).map((o) => o.sent), [true]);
    assert.equal(sink.mails[0]!.from, '<file@node.test>');
    const none = new DatabaseMailTransport({ lookup: () => Promise.resolve(null) });
    assert.deepEqual((await sendToOperators(none, '', [dba], mail)).map((o) => [o.sent, o.error]), [[false, NOT_CONFIGURED]]);
    const down = new DatabaseMailTransport({ lookup: () => Promise.reject(new Error('node unreachable')) });
    assert.deepEqual((await sendToOperators(down, '', [dba], mail)).map((o) => [o.sent, o.error]), [[false, 'node unreachable']]);
  } finally {
    await sink.close();
  }
});

test('a failed sysoperators record is reported, and the mail still counts as sent', async () => {
  const sink = new SmtpSink();
  const port = await sink.listen();
  const reported: string[] = [];
  try {
    const transport = new DatabaseMailTransport({
      lookup: () => Promise.resolve(account(port)),
      record: () => Promise.reject(new Error('node gone')),
      onRecordError: (e, op) => reported.push(`${op.name}: ${(e as Error).message}`),
    });
    assert.deepEqual((await sendToOperators(transport, '', [dba], mail)).map((o) => o.sent), [true]);
    assert.deepEqual(reported, ['dba: node gone']);
  } finally {
    await sink.close();
  }
});

test('enable_ssl requires STARTTLS; 465 is implicit TLS; sysmail_server.timeout in seconds', () => {
  const plain = accountTransportOptions(account(25));
  assert.deepEqual([plain.secure, plain.requireTLS, plain.auth, plain.connectionTimeout], [false, false, undefined, 10_000]);
  const ssl = accountTransportOptions(account(587, { enableSsl: true, username: 'u', password: null, timeoutSeconds: 5 }));
  assert.deepEqual([ssl.secure, ssl.requireTLS, ssl.auth, ssl.connectionTimeout, ssl.socketTimeout], [false, true, { user: 'u', pass: '' }, 5000, 5000]);
  const implicit = accountTransportOptions(account(465, { enableSsl: true }));
  assert.deepEqual([implicit.secure, implicit.requireTLS], [true, false]);
});
