// Database Mail's sender against fake ports (the node's procedures) and real SMTP on loopback:
// the profile's accounts in order, the retry rounds and what each attempt records; the retry
// settings as DatabaseMail.exe reads them; the rows of sp_msxd_dbmail_unsent grouped per item.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { DbmailQueue } from '../../../src/agent/notify/dbmail-queue';
import { retryPolicy, RETRY_BOUNDS } from '../../../src/agent/notify/dbmail-retry';
import { queuedMails, type DbmailQueuePorts, type MailAttempt, type MailRetrySettings, type QueuedMail, type UnsentRequest } from '../../../src/agent/node/dbmail-queue-client';
import { SmtpSink } from './smtp-sink';

let sink: SmtpSink;
let good: number;
let dead: number;

before(async () => {
  sink = new SmtpSink();
  good = await sink.listen();
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  dead = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
});

after(async () => { await sink.close(); });

function accountOn(accountId: number, port: number) {
  return { accountId, account: { profileName: '', accountName: '', server: '127.0.0.1', port, enableSsl: false, emailAddress: `a${accountId}@q.test`,
    displayName: null, replyTo: null, username: null, password: null, timeoutSeconds: 5 } };
}

function item(mailitemId: number, ports: readonly number[]): QueuedMail {
  return { mailitemId, recipients: 'x@q.test', copyRecipients: null, blindCopyRecipients: null, subject: `item ${mailitemId}`, body: 'b',
    bodyFormat: 'TEXT', importance: 'NORMAL', fromAddress: null, replyTo: null, accounts: ports.map((p, i) => accountOn(i + 1, p)),
    attachments: [{ filename: 'a.txt', content: Buffer.from('attached') }] };
}

class FakePorts implements DbmailQueuePorts {
  readonly marks: MailAttempt[] = [];
  readonly requests: UnsentRequest[] = [];
  constructor(private queue: QueuedMail[], private readonly settings: MailRetrySettings) {}
  async unsent(r: UnsentRequest): Promise<QueuedMail[]> {
    this.requests.push(r);
    if (r.mailitemId !== undefined) return this.all.filter((i) => i.mailitemId === r.mailitemId);
    const out = this.queue.slice(0, r.batchSize);
    this.queue = this.queue.slice(r.batchSize);
    return out;
  }
  all: QueuedMail[] = [];
  async mark(a: MailAttempt): Promise<void> { this.marks.push(a); }
  async retrySettings(): Promise<MailRetrySettings> { return this.settings; }
  async close(): Promise<void> {}
}

const silent = pino({ level: 'silent' });
const brief = (m: MailAttempt): string => `${m.mailitemId}:${m.status}:${m.accountId}:${m.description === null ? '-' : 'error'}`;

test('the first account refuses: the second sends; the failure is recorded as retrying with its error', async () => {
  const ports = new FakePorts([item(1, [dead, good])], { accountRetryAttempts: '1', accountRetryDelay: '60' });
  const queue = new DbmailQueue(ports, silent);
  assert.equal(await queue.drain(), 1);
  assert.deepEqual(ports.marks.map(brief), ['1:3:1:error', '1:1:2:-']);
  assert.match(ports.marks[0]!.description!, /^The mail could not be sent to the recipients because of the mail server failure\. \(Sending Mail using Account 1 \(.+\)\. Exception Message: .+\)$/);
  assert.deepEqual(ports.requests[0], { batchSize: 10, includeRetrying: true });
  const mail = sink.mails.find((m) => /^Subject: item 1$/m.test(m.data));
  assert.ok(mail && mail.data.includes('filename=a.txt'));
});

test('every account refuses: retry rounds after the delay, then failed; one error per account and round', async () => {
  let clock = 1_000;
  const dying = item(2, [dead, dead]);
  const ports = new FakePorts([dying], { accountRetryAttempts: '1', accountRetryDelay: '30' });
  ports.all = [dying];
  const queue = new DbmailQueue(ports, silent, 60_000, () => clock);
  await queue.drain();
  assert.deepEqual(ports.marks.map(brief), ['2:3:1:error', '2:3:2:error']);
  clock += 29_000;
  await queue.drain();
  assert.equal(ports.marks.length, 2, 'not due yet');
  clock += 1_000;
  await queue.drain();
  assert.deepEqual(ports.marks.map(brief), ['2:3:1:error', '2:3:2:error', '2:3:1:error', '2:2:2:error']);
  assert.deepEqual(ports.requests.filter((r) => r.mailitemId !== undefined), [{ batchSize: 1, mailitemId: 2 }]);
});

test('a profile without an SMTP account: failed at once', async () => {
  const ports = new FakePorts([item(3, [])], { accountRetryAttempts: null, accountRetryDelay: null });
  await new DbmailQueue(ports, silent).drain();
  assert.deepEqual(ports.marks.map(brief), ['3:2:null:error']);
});

test('retry settings: integers as given, the installed defaults otherwise, bounded', () => {
  assert.deepEqual(retryPolicy({ accountRetryAttempts: '3', accountRetryDelay: '5' }), { retryRounds: 3, delayMs: 5000 });
  assert.deepEqual(retryPolicy({ accountRetryAttempts: 'ten', accountRetryDelay: null }), { retryRounds: 1, delayMs: 60_000 });
  assert.deepEqual(retryPolicy({ accountRetryAttempts: '99999', accountRetryDelay: '-4' }), { retryRounds: RETRY_BOUNDS.rounds, delayMs: 0 });
});

test('sp_msxd_dbmail_unsent rows: one item per mailitem_id, its accounts in row order, its attachments', () => {
  const row = (id: number, accountId: number | null) => ({ mailitem_id: id, recipients: 'r', copy_recipients: null, blind_copy_recipients: null,
    subject: 's', body: 'b', body_format: 'HTML', importance: 'HIGH', from_address: null, reply_to: null, account_id: accountId,
    servername: accountId === null ? null : 'smtp', port: 25, enable_ssl: false, email_address: 'e@q.test', display_name: null,
    replyto_address: null, username: null, password: null, timeout: null });
  const items = queuedMails([row(5, 2), row(5, 1), row(6, null)], [{ mailitem_id: 5, filename: 'f.csv', attachment: Buffer.from('1,2') }]);
  assert.deepEqual(items.map((i) => [i.mailitemId, i.accounts.map((a) => a.accountId), i.attachments.map((a) => a.filename), i.bodyFormat]),
    [[5, [2, 1], ['f.csv'], 'HTML'], [6, [], [], 'HTML']]);
});
