// Database Mail as a DBA uses it from Agent jobs, on a real node and its agent with SMTP sinks on
// loopback: query results in the body and as an attached file, files attached from the node's
// file system (MIME attachments at the sink, rows of sysmail_mailattachments), the attachment
// checks (prohibited extension, MaxFileSize, missing file), a failing query (22050 + 14661, or
// appended with @append_query_error = 1), the profile's second account when the first server
// refuses, retry rounds per AccountRetryAttempts / AccountRetryDelay, sysmail_help_configure_sp.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';
import { SmtpSink, type ReceivedMail } from '../unit/agent/smtp-sink';
import { poll as pollUntil } from '../helpers/poll';
import { mimeParts } from '../helpers/mime-parts';

const WAIT_MS = 30_000;
let node: NodeHandle;
let sink: SmtpSink;
let s: Session;
let dir: string;
let sinkPort: number;
let deadPort: number;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const poll = <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => pollUntil(what, probe, WAIT_MS);
const last = (r: { sets: { rows: unknown[][] }[] }): unknown[][] => r.sets[r.sets.length - 1]!.rows;

async function account(name: string, port: number): Promise<void> {
  ok(await batch(s, `EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'${name}', @email_address = N'${name}@dbmail.test',
  @mailserver_name = N'127.0.0.1', @port = ${port};`));
}

async function profile(name: string, accounts: readonly string[]): Promise<void> {
  ok(await batch(s, `EXEC msdb.dbo.sysmail_add_profile_sp @profile_name = N'${name}';
${accounts.map((a, i) => `EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_name = N'${name}', @account_name = N'${a}', @sequence_number = ${i + 1};`).join('\n')}`));
}

async function send(args: string): Promise<{ id: number; r: Awaited<ReturnType<typeof batch>> }> {
  const r = await batch(s, `DECLARE @id int, @rc int;
EXEC @rc = msdb.dbo.sp_send_dbmail @recipients = 'dba@dbmail.test', @mailitem_id = @id OUTPUT, ${args};
SELECT @rc, @id;`);
  const row = last(r)[0]!;
  return { id: Number(row[1]), r };
}

async function mailWithSubject(subject: string): Promise<ReceivedMail> {
  return poll(`the mail '${subject}'`, async () => sink.mails.find((m) => new RegExp(`^Subject: ${subject}$`, 'm').test(m.data)));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'msxd-dbmail-'));
  sink = new SmtpSink();
  sinkPort = await sink.listen();
  deadPort = await closedPort();
  node = await startNode({ name: 'MSXDMAILATT' });
  s = await connect(node);
  await account('reports', sinkPort);
  await account('refusing', deadPort);
  await profile('Reports', ['reports']);
  await profile('Fallback', ['refusing', 'reports']);
  await profile('Dead', ['refusing']);
});

after(async () => {
  if (s) await close(s);
  await node?.stop();
  await sink?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('sysmail_help_configure_sp: paramname, paramvalue, description nvarchar(256), the installed values; sysmail_configure_sp changes one', async () => {
  const all = ok(await batch(s, 'EXEC msdb.dbo.sysmail_help_configure_sp;'));
  assert.deepEqual(all.sets[0]!.columns.map((c) => `${c.name} ${c.sqlType}`),
    ['paramname nvarchar(256)', 'paramvalue nvarchar(256)', 'description nvarchar(256)']);
  assert.deepEqual(all.sets[0]!.rows, [
    ['AccountRetryAttempts', '1', 'Number of retry attempts for a mail server'],
    ['AccountRetryDelay', '60', 'Delay between each retry attempt to mail server'],
    ['DatabaseMailExeMinimumLifeTime', '600', 'Minimum process lifetime in seconds'],
    ['DefaultAttachmentEncoding', 'MIME', 'Default attachment encoding'],
    ['LoggingLevel', '2', 'Database Mail logging level: normal - 1, extended - 2 (default), verbose - 3'],
    ['MaxFileSize', '1000000', 'Default maximum file size'],
    ['ProhibitedExtensions', 'exe,dll,vbs,js', 'Extensions not allowed in outgoing mails'],
  ]);
  const changed = ok(await batch(s, `DECLARE @rc1 int, @rc2 int, @v nvarchar(256);
EXEC @rc1 = msdb.dbo.sysmail_configure_sp @parameter_name = 'ProhibitedExtensions', @parameter_value = 'exe,dll,vbs,js,bat';
EXEC @rc2 = msdb.dbo.sysmail_configure_sp 'NoSuchParameter', '1';
EXEC msdb.dbo.sysmail_help_configure_sp @parameter_name = 'ProhibitedExtensions';
EXEC msdb.dbo.sysmail_help_configure_value_sp @parameter_name = 'MaxFileSize', @parameter_value = @v OUTPUT;
SELECT @rc1, @rc2, @v, (SELECT COUNT(*) FROM msdb.dbo.sysmail_configuration);`));
  assert.deepEqual(changed.sets[0]!.rows, [['ProhibitedExtensions', 'exe,dll,vbs,js,bat', 'Extensions not allowed in outgoing mails']]);
  assert.deepEqual(last(changed), [[0, 0, '1000000', 7]]);
});

test('@attach_query_result_as_file: the results as the named file, kept in sysmail_mailattachments and sent as a MIME attachment', async () => {
  const { id, r } = await send(`@profile_name = N'Reports', @subject = N'Nightly CSV', @body = N'See the file.',
  @query = N'SELECT CONVERT(int, 7) AS id, CONVERT(varchar(5), ''seven'') AS name UNION ALL SELECT 100, CONVERT(varchar(5), NULL)',
  @attach_query_result_as_file = 1, @query_attachment_filename = N'totals.csv', @query_result_separator = ',', @query_result_no_padding = 1`);
  ok(r);
  assert.equal(last(r)[0]![0], 0);
  const expected = 'id,name\r\n--,----\r\n7,seven\r\n100,NULL\r\n\r\n(2 rows affected)\r\n';
  const stored = ok(await batch(s, `SELECT filename, filesize, CONVERT(varchar(max), attachment) FROM msdb.dbo.sysmail_mailattachments WHERE mailitem_id = ${id};
SELECT body FROM msdb.dbo.sysmail_mailitems WHERE mailitem_id = ${id};`));
  assert.deepEqual(stored.sets[0]!.rows, [['totals.csv', expected.length, expected]]);
  assert.deepEqual(stored.sets[1]!.rows, [['See the file.']]);
  const mail = await mailWithSubject('Nightly CSV');
  const files = mimeParts(mail.data).filter((p) => p.filename !== null);
  assert.deepEqual(files.map((f) => [f.filename, f.content.toString('utf8')]), [['totals.csv', expected]]);
});

test('@file_attachments: files of the node\'s file system, semicolon-separated, sent as MIME attachments under their names', async () => {
  const report = join(dir, 'report.txt');
  const data = join(dir, 'data.bin');
  writeFileSync(report, 'line one\r\nline two\r\n');
  writeFileSync(data, Buffer.from([0, 1, 2, 250, 255]));
  const { id, r } = await send(`@profile_name = N'Reports', @subject = N'With files', @body = N'Two files.', @file_attachments = N'${report};${data}'`);
  ok(r);
  const rows = ok(await batch(s, `SELECT filename, filesize, attachment FROM msdb.dbo.sysmail_mailattachments WHERE mailitem_id = ${id} ORDER BY attachment_id`)).sets[0]!.rows;
  assert.deepEqual(rows.map((x) => [x[0], x[1], Buffer.from(x[2] as Buffer).toString('hex')]),
    [['report.txt', 20, Buffer.from('line one\r\nline two\r\n').toString('hex')], ['data.bin', 5, '000102faff']]);
  const mail = await mailWithSubject('With files');
  const files = mimeParts(mail.data).filter((p) => p.filename !== null);
  assert.deepEqual(files.map((f) => [f.filename, f.content.toString('hex')]),
    [['report.txt', Buffer.from('line one\r\nline two\r\n').toString('hex')], ['data.bin', '000102faff']]);
  const sent = await poll('the item with files sent', async () => last(ok(await batch(s,
    `SELECT sent_status, file_attachments FROM msdb.dbo.sysmail_sentitems WHERE mailitem_id = ${id}`)))[0]);
  assert.deepEqual(sent, ['sent', `${report};${data}`]);
});

test('attachment checks: prohibited extension 14630, MaxFileSize 22051, missing file 22051, bad list 14628; nothing queued', async () => {
  const exe = join(dir, 'tool.exe');
  const big = join(dir, 'big.txt');
  writeFileSync(exe, 'MZ');
  writeFileSync(big, '12345678901');
  const before = last(ok(await batch(s, 'SELECT COUNT(*) FROM msdb.dbo.sysmail_mailitems')))[0]![0];
  const attempt = async (files: string) => (await send(`@profile_name = N'Reports', @body = N'x', @file_attachments = N'${files}'`)).r;
  const prohibited = await attempt(exe);
  assert.deepEqual(prohibited.errors.map((e) => [e.number, e.class, e.message]),
    [[14630, 16, `Database Mail is not permitted to send files with the file extension ${exe}.`]]);
  assert.equal(last(prohibited)[0]![0], 1);
  ok(await batch(s, "EXEC msdb.dbo.sysmail_configure_sp 'MaxFileSize', '10';"));
  try {
    const large = await attempt(big);
    assert.deepEqual(large.errors.map((e) => [e.number, e.message]), [[22051, 'File attachment or query results size exceeds allowable value of 10 bytes.']]);
  } finally {
    ok(await batch(s, "EXEC msdb.dbo.sysmail_configure_sp 'MaxFileSize', '1000000';"));
  }
  const missing = await attempt(join(dir, 'nowhere.txt'));
  assert.deepEqual(missing.errors.map((e) => [e.number, e.message]), [[22051, `Attachment file ${join(dir, 'nowhere.txt')} is invalid.`]]);
  const trailing = await attempt(`${big};`);
  assert.deepEqual(trailing.errors.map((e) => [e.number, e.message]),
    [[14628, 'The format of the parameter @attachments is incorrect. The file names must be separated by a semicolon ";".']]);
  assert.deepEqual(last(ok(await batch(s, 'SELECT COUNT(*) FROM msdb.dbo.sysmail_mailitems')))[0]![0], before);
});

test('a failing @query: 22050 and 14661 with the error as sqlcmd prints it, nothing queued; with @append_query_error = 1 the error is in the body', async () => {
  const failed = await send(`@profile_name = N'Reports', @subject = N'Broken query', @query = N'SELECT * FROM dbo.no_such_table', @execute_query_database = N'master'`);
  assert.deepEqual(failed.r.errors.map((e) => [e.number, e.class, e.message]), [
    [22050, 16, 'Error formatting query, probably invalid parameters'],
    [14661, 16, "Query execution failed: Msg 208, Level 16, State 1, Server MSXDMAILATT, Line 1\r\nInvalid object name 'dbo.no_such_table'.\r\n"],
  ]);
  assert.deepEqual(last(failed.r)[0], [1, null]);
  const appended = await send(`@profile_name = N'Reports', @subject = N'Appended error', @body = N'Result:', @append_query_error = 1,
  @query = N'SELECT 1 AS one; SELECT * FROM dbo.no_such_table', @execute_query_database = N'master'`);
  ok(appended.r);
  const body = last(ok(await batch(s, `SELECT body FROM msdb.dbo.sysmail_mailitems WHERE mailitem_id = ${appended.id}`)))[0]![0];
  assert.equal(body, ['Result:', 'one        ', '-----------', '          1', '', '(1 rows affected)',
    'Msg 208, Level 16, State 1, Server MSXDMAILATT, Line 1', "Invalid object name 'dbo.no_such_table'.", ''].join('\r\n'));
});

test('fallback: the first account\'s server refuses, the profile\'s second account sends; the failure is logged against the first', async () => {
  const { id, r } = await send(`@profile_name = N'Fallback', @subject = N'Second account', @body = N'via the backup relay'`);
  ok(r);
  const mail = await mailWithSubject('Second account');
  assert.equal(mail.from, '<reports@dbmail.test>');
  const sent = await poll('the fallback item sent', async () => last(ok(await batch(s, `SELECT i.sent_status, a.name FROM msdb.dbo.sysmail_sentitems AS i
JOIN msdb.dbo.sysmail_account AS a ON a.account_id = i.sent_account_id WHERE i.mailitem_id = ${id}`)))[0]);
  assert.deepEqual(sent, ['sent', 'reports']);
  const log = last(ok(await batch(s, `SELECT l.event_type, a.name FROM msdb.dbo.sysmail_event_log AS l
JOIN msdb.dbo.sysmail_account AS a ON a.account_id = l.account_id WHERE l.mailitem_id = ${id}`)));
  assert.deepEqual(log, [['error', 'refusing']]);
});

test('retries: AccountRetryAttempts 2 and AccountRetryDelay 1 give three rounds a second apart, then the item fails', async () => {
  ok(await batch(s, "EXEC msdb.dbo.sysmail_configure_sp 'AccountRetryAttempts', '2'; EXEC msdb.dbo.sysmail_configure_sp 'AccountRetryDelay', '1';"));
  try {
    const { id, r } = await send(`@profile_name = N'Dead', @subject = N'Never delivered', @body = N'x'`);
    ok(r);
    const retrying = await poll('the item retrying', async () => last(ok(await batch(s,
      `SELECT sent_status FROM msdb.dbo.sysmail_unsentitems WHERE mailitem_id = ${id} AND sent_status = 'retrying'`)))[0]);
    assert.deepEqual(retrying, ['retrying']);
    const failed = await poll('the item failed', async () => last(ok(await batch(s,
      `SELECT sent_status FROM msdb.dbo.sysmail_faileditems WHERE mailitem_id = ${id}`)))[0]);
    assert.deepEqual(failed, ['failed']);
    const log = last(ok(await batch(s, `SELECT l.event_type, a.name, l.log_date FROM msdb.dbo.sysmail_event_log AS l
JOIN msdb.dbo.sysmail_account AS a ON a.account_id = l.account_id WHERE l.mailitem_id = ${id} ORDER BY l.log_id`)));
    assert.deepEqual(log.map((x) => [x[0], x[1]]), [['error', 'refusing'], ['error', 'refusing'], ['error', 'refusing']]);
    const times = log.map((x) => (x[2] as Date).getTime());
    assert.ok(times[1]! - times[0]! >= 900 && times[2]! - times[1]! >= 900, JSON.stringify(times));
  } finally {
    ok(await batch(s, "EXEC msdb.dbo.sysmail_configure_sp 'AccountRetryAttempts', '1'; EXEC msdb.dbo.sysmail_configure_sp 'AccountRetryDelay', '60';"));
  }
});

test('a login that is not sysadmin cannot attach files (SQL Server: only a Windows context reads them): 22051', async () => {
  const file = join(dir, 'secret.txt');
  writeFileSync(file, 'secret');
  ok(await batch(s, `CREATE LOGIN dbmail_att_user WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF;
USE msdb; CREATE USER dbmail_att_user FOR LOGIN dbmail_att_user; EXEC sp_addrolemember N'DatabaseMailUserRole', N'dbmail_att_user'; USE master;`));
  const user = await connect(node, { user: 'dbmail_att_user', password: 'Str0ng!Passw0rd' });
  try {
    const r = await batch(user, `EXEC msdb.dbo.sp_send_dbmail @profile_name = N'Reports', @recipients = 'dba@dbmail.test', @file_attachments = N'${file}'`);
    assert.deepEqual(r.errors.map((e) => [e.number, e.message]), [[22051, `Attachment file ${file} is invalid.`]]);
    const queued = ok(await batch(user, `EXEC msdb.dbo.sp_send_dbmail @profile_name = N'Reports', @recipients = 'dba@dbmail.test', @subject = N'From a user',
  @query = N'SELECT SUSER_SNAME() AS who', @attach_query_result_as_file = 1, @query_attachment_filename = N'who.txt', @query_result_no_padding = 1`));
    assert.match(queued.infos.map((m) => m.message).join('\n'), /^Mail \(Id: \d+\) queued\.$/);
    const mine = ok(await batch(user, 'SELECT filename, CONVERT(varchar(max), attachment) FROM msdb.dbo.sysmail_mailattachments')).sets[0]!.rows;
    assert.deepEqual(mine, [['who.txt', 'who\r\n---\r\ndbmail_att_user\r\n\r\n(1 rows affected)\r\n']]);
    // the query has the caller's permissions, not those of msdb's dbo that owns sp_send_dbmail
    const denied = await batch(user, `EXEC msdb.dbo.sp_send_dbmail @profile_name = N'Reports', @recipients = 'dba@dbmail.test',
  @query = N'SELECT COUNT(*) FROM msdb.dbo.sysmail_server'`);
    assert.deepEqual(denied.errors.map((e) => e.number), [22050, 14661]);
    assert.match(denied.errors[1]!.message, /^Query execution failed: Msg 229, Level 14, State 5, Server MSXDMAILATT, Line 1\r\nThe SELECT permission was denied on the object 'sysmail_server', database 'msdb', schema 'dbo'\.\r\n$/);
  } finally {
    await close(user);
  }
});

test('sysmail_delete_mailitems_sp deletes the items\' attachments with them', async () => {
  const before = last(ok(await batch(s, 'SELECT COUNT(*) FROM msdb.dbo.sysmail_attachments')))[0]![0] as number;
  assert.ok(before >= 3);
  ok(await batch(s, "EXEC msdb.dbo.sysmail_delete_mailitems_sp @sent_before = '99991231';"));
  assert.deepEqual(last(ok(await batch(s, `SELECT (SELECT COUNT(*) FROM msdb.dbo.sysmail_attachments), (SELECT COUNT(*) FROM msdb.dbo.sysmail_mailattachments),
  (SELECT COUNT(*) FROM msdb.dbo.sysmail_mailitems)`))), [[0, 0, 0]]);
});

test('"(n rows affected)": written although the caller set NOCOUNT ON (the query has a session of its own), not when the query sets it', async () => {
  const r = ok(await batch(s, `SET NOCOUNT ON;
DECLARE @a int, @b int;
EXEC msdb.dbo.sp_send_dbmail @profile_name = N'Reports', @recipients = 'dba@dbmail.test', @subject = N'Counted',
  @query = N'SELECT 1 AS n', @query_result_no_padding = 1, @mailitem_id = @a OUTPUT;
EXEC msdb.dbo.sp_send_dbmail @profile_name = N'Reports', @recipients = 'dba@dbmail.test', @subject = N'Quiet',
  @query = N'SET NOCOUNT ON; SELECT 1 AS n', @query_result_no_padding = 1, @mailitem_id = @b OUTPUT;
SELECT (SELECT body FROM msdb.dbo.sysmail_mailitems WHERE mailitem_id = @a), (SELECT body FROM msdb.dbo.sysmail_mailitems WHERE mailitem_id = @b),
  @@OPTIONS & 512;`));
  assert.deepEqual(last(r), [['\r\nn\r\n-\r\n1\r\n\r\n(1 rows affected)\r\n', '\r\nn\r\n-\r\n1\r\n', 512]]);
});
