// sp_send_dbmail on a real node: the item is queued in msdb, the node's agent sends it through
// the profile's account (SMTP sink in this process) and marks it sent; an account whose SMTP
// server refuses connections leaves the item failed with an error in sysmail_event_log.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';
import { SmtpSink } from '../unit/agent/smtp-sink';
import { poll as pollUntil } from '../helpers/poll';

const WAIT_MS = 30_000;

let node: NodeHandle;
let sink: SmtpSink;
let s: Session;

/** a port nothing listens on */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function poll<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  return pollUntil(what, probe, WAIT_MS);
}

async function addProfile(profile: string, account: string, port: number): Promise<void> {
  const r = ok(await batch(s, `DECLARE @a int, @p int, @rc1 int, @rc2 int, @rc3 int;
EXEC @rc1 = msdb.dbo.sysmail_add_account_sp @account_name = N'${account}', @email_address = N'${account}@dbmail.test',
  @display_name = N'${account} sender', @mailserver_name = N'127.0.0.1', @port = ${port}, @account_id = @a OUTPUT;
EXEC @rc2 = msdb.dbo.sysmail_add_profile_sp @profile_name = N'${profile}', @profile_id = @p OUTPUT;
EXEC @rc3 = msdb.dbo.sysmail_add_profileaccount_sp @profile_id = @p, @account_id = @a, @sequence_number = 1;
SELECT @rc1, @rc2, @rc3;`));
  assert.deepEqual(r.sets[r.sets.length - 1]!.rows, [[0, 0, 0]]);
}

before(async () => {
  sink = new SmtpSink();
  const port = await sink.listen();
  node = await startNode({ name: 'MSXDDBMAIL' });
  s = await connect(node);
  await addProfile('Reports', 'reports', port);
  await addProfile('Broken', 'broken', await closedPort());
  // one attempt only (no retry round), so the broken profile's item fails at once
  ok(await batch(s, "EXEC msdb.dbo.sysmail_configure_sp 'AccountRetryAttempts', '0';"));
});

after(async () => {
  if (s) await close(s);
  await node?.stop();
  await sink?.close();
});

test('sp_send_dbmail queues the mail, the agent sends it through the profile, sysmail_sentitems shows it', async () => {
  const r = ok(await batch(s, `DECLARE @id int, @rc int;
EXEC @rc = msdb.dbo.sp_send_dbmail @profile_name = N'Reports', @recipients = 'ann@dbmail.test; bob@dbmail.test',
  @copy_recipients = 'carol@dbmail.test', @subject = N'Nightly totals', @body = N'Rows loaded: 42', @mailitem_id = @id OUTPUT;
SELECT @rc, @id;`));
  const [rc, id] = r.sets[r.sets.length - 1]!.rows[0]! as [number, number];
  assert.equal(rc, 0);
  assert.ok(id > 0);
  assert.ok(r.infos.some((m) => m.message === `Mail (Id: ${id}) queued.`), JSON.stringify(r.infos));

  const mail = await poll('the mail at the sink', async () => sink.mails[0]);
  assert.equal(mail.from, '<reports@dbmail.test>');
  assert.deepEqual([...mail.to].sort(), ['<ann@dbmail.test>', '<bob@dbmail.test>', '<carol@dbmail.test>']);
  const headers = mail.data.slice(0, mail.data.indexOf('\r\n\r\n'));
  const body = mail.data.slice(headers.length + 4).replace(/=\r\n/g, '');
  assert.match(headers, /^Subject: Nightly totals$/m);
  assert.match(headers, /^From: reports sender <reports@dbmail\.test>$/m);
  assert.match(headers, /^To: ann@dbmail\.test, bob@dbmail\.test$/m);
  assert.match(headers, /^Cc: carol@dbmail\.test$/m);
  assert.match(body, /Rows loaded: 42/);

  const sent = await poll('the sent item', async () => {
    const rows = ok(await batch(s, `SELECT i.sent_status, a.name, CASE WHEN i.sent_date IS NULL THEN 0 ELSE 1 END, i.subject, i.recipients
FROM msdb.dbo.sysmail_sentitems AS i JOIN msdb.dbo.sysmail_account AS a ON a.account_id = i.sent_account_id WHERE i.mailitem_id = ${id}`)).sets[0]!.rows;
    return rows[0];
  });
  assert.deepEqual(sent, ['sent', 'reports', 1, 'Nightly totals', 'ann@dbmail.test; bob@dbmail.test']);
  const unsent = ok(await batch(s, 'SELECT COUNT(*) FROM msdb.dbo.sysmail_unsentitems')).sets[0]!.rows;
  assert.deepEqual(unsent, [[0]]);
});

test('an unreachable SMTP server: the item is failed, with an error in sysmail_event_log', async () => {
  const r = ok(await batch(s, `DECLARE @id int;
EXEC msdb.dbo.sp_send_dbmail @profile_name = N'Broken', @blind_copy_recipients = 'dave@dbmail.test', @body = N'never arrives', @mailitem_id = @id OUTPUT;
SELECT @id;`));
  const id = Number(r.sets[r.sets.length - 1]!.rows[0]![0]);
  const failed = await poll('the failed item', async () => {
    const rows = ok(await batch(s, `SELECT sent_status, subject FROM msdb.dbo.sysmail_faileditems WHERE mailitem_id = ${id}`)).sets[0]!.rows;
    return rows[0];
  });
  assert.deepEqual(failed, ['failed', 'SQL Server Message']);
  const log = ok(await batch(s, `SELECT l.event_type, a.name, l.description FROM msdb.dbo.sysmail_event_log AS l
JOIN msdb.dbo.sysmail_account AS a ON a.account_id = l.account_id WHERE l.mailitem_id = ${id}`)).sets[0]!.rows;
  assert.equal(log.length, 1);
  assert.equal(log[0]![0], 'error');
  assert.equal(log[0]![1], 'broken');
  assert.match(String(log[0]![2]), /^The mail could not be sent to the recipients because of the mail server failure\. \(Sending Mail using Account \d+ \(.+\)\. Exception Message: .+\)$/);
  assert.equal(sink.mails.length, 1);
});

test('only sysadmin and DatabaseMailUserRole in msdb may queue mail (229 otherwise)', async () => {
  ok(await batch(s, `CREATE LOGIN dbmail_user WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF;
USE msdb; CREATE USER dbmail_user FOR LOGIN dbmail_user; USE master;`));
  const user = await connect(node, { user: 'dbmail_user', password: 'Str0ng!Passw0rd' });
  try {
    const send = `EXEC msdb.dbo.sp_send_dbmail @profile_name = N'Broken', @recipients = 'erin@dbmail.test', @subject = N'from a user'`;
    const denied = await batch(user, send);
    assert.deepEqual(denied.errors.map((e) => [e.number, e.message]),
      [[229, "The EXECUTE permission was denied on the object 'sp_send_dbmail', database 'msdb', schema 'dbo'."]]);
    ok(await batch(s, "USE msdb; EXEC sp_addrolemember N'DatabaseMailUserRole', N'dbmail_user'; USE master;"));
    const queued = ok(await batch(user, send));
    assert.match(queued.infos.map((m) => m.message).join('\n'), /^Mail \(Id: \d+\) queued\.$/);
    const mine = ok(await batch(user, "SELECT subject, send_request_user FROM msdb.dbo.sysmail_allitems")).sets[0]!.rows;
    assert.deepEqual(mine, [['from a user', 'dbmail_user']]);
  } finally {
    await close(user);
  }
});

test('@query: its result sets are appended to the body as fixed-width text, run in @execute_query_database', async () => {
  const before = sink.mails.length;
  const r = ok(await batch(s, `USE tempdb;
DECLARE @id int;
EXEC msdb.dbo.sp_send_dbmail @profile_name = N'Reports', @recipients = 'ann@dbmail.test', @subject = N'Query mail',
  @body = N'Totals:', @query = N'SELECT 1 AS n, N''one'' AS word UNION ALL SELECT 22, N''twenty-two''; SELECT DB_NAME() AS db',
  @execute_query_database = N'msdb', @mailitem_id = @id OUTPUT;
SELECT DB_NAME(), body FROM msdb.dbo.sysmail_mailitems WHERE mailitem_id = @id;`));
  const [db, stored] = r.sets[r.sets.length - 1]!.rows[0]! as [string, string];
  assert.equal(db, 'tempdb');
  // sqlcmd's layout: int 11 wide and right-aligned, nvarchar(10) 10 wide, sysname 128 wide
  const expected = ['Totals:', `n           word      `, `----------- ----------`, `          1 one       `, `         22 twenty-two`, '',
    '(2 rows affected)', `db${' '.repeat(126)}`, '-'.repeat(128), `msdb${' '.repeat(124)}`, '', '(1 rows affected)', ''].join('\r\n');
  assert.equal(stored, expected);
  const mail = await poll('the query mail at the sink', async () => sink.mails[before]);
  const body = mail.data.slice(mail.data.indexOf('\r\n\r\n') + 4).replace(/=\r\n/g, '');
  assert.ok(body.includes('22 twenty-two\r\n\r\n(2 rows affected)'), body);
});

test('sysmail_stop_sp: queued mail waits (unsent) until sysmail_start_sp, then the agent sends it', async () => {
  const before = sink.mails.length;
  const stopped = ok(await batch(s, `EXEC msdb.dbo.sysmail_stop_sp;
EXEC msdb.dbo.sysmail_help_status_sp;
DECLARE @id int;
EXEC msdb.dbo.sp_send_dbmail @profile_name = N'Reports', @recipients = 'frank@dbmail.test', @subject = N'While stopped',
  @body = N'held', @mailitem_id = @id OUTPUT;
SELECT @id;`));
  assert.deepEqual(stopped.sets[0]!.rows, [['STOPPED']]);
  const id = Number(stopped.sets[stopped.sets.length - 1]!.rows[0]![0]);
  // the agent was woken by sp_send_dbmail; give it time to (wrongly) send
  await new Promise((r) => setTimeout(r, 3000));
  assert.equal(sink.mails.length, before);
  const waiting = ok(await batch(s, `SELECT sent_status FROM msdb.dbo.sysmail_allitems WHERE mailitem_id = ${id}`)).sets[0]!.rows;
  assert.deepEqual(waiting, [['unsent']]);

  const started = ok(await batch(s, 'EXEC msdb.dbo.sysmail_start_sp; EXEC msdb.dbo.sysmail_help_status_sp;'));
  assert.deepEqual(started.sets[0]!.rows, [['STARTED']]);
  const mail = await poll('the held mail at the sink', async () => sink.mails[before]);
  assert.match(mail.data, /^Subject: While stopped$/m);
  const sent = await poll('the held item sent', async () => {
    const rows = ok(await batch(s, `SELECT sent_status FROM msdb.dbo.sysmail_allitems WHERE mailitem_id = ${id} AND sent_status = 'sent'`)).sets[0]!.rows;
    return rows[0];
  });
  assert.deepEqual(sent, ['sent']);
});
