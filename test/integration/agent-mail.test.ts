// Operator notifications by e-mail on a real node, configured the way a DBA configures SQL Server:
// Database Mail (account + profile in msdb, the SMTP password a credential), the Agent's
// properties (UseDatabaseMail, DatabaseMailProfile), an operator with an e-mail address, jobs with
// @notify_level_email. The SMTP server is a sink in this test process; nothing plays the agent.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';
import { SmtpSink } from '../unit/agent/smtp-sink';
import { runDate, runTime } from '../../src/agent/history/encodings';
import { poll as pollUntil } from '../helpers/poll';

const WAIT_MS = 30_000;
const q = (v: string): string => `N'${v.replace(/'/g, "''")}'`;

let node: NodeHandle;
let sink: SmtpSink;
let smtpPort: number;
let s: Session;

before(async () => {
  sink = new SmtpSink();
  smtpPort = await sink.listen();
  node = await startNode({ name: 'MSXDMAIL' });
  s = await connect(node);
});

after(async () => {
  if (s) await close(s);
  await node?.stop();
  await sink?.close();
});

function poll<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  return pollUntil(what, probe, WAIT_MS);
}

/** runs a job to its outcome: [run_status, operator_id_emailed] of its step-0 history row */
async function runJob(job: string): Promise<[number, number]> {
  ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = ${q(job)}`));
  return poll(`the outcome of '${job}'`, async () => {
    const rows = ok(await batch(s, `SELECT h.run_status, h.operator_id_emailed FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = ${q(job)} AND h.step_id = 0`)).sets[0]!.rows;
    return rows[0] ? [Number(rows[0][0]), Number(rows[0][1])] : undefined;
  });
}

async function addJob(job: string, command: string, level: number): Promise<void> {
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = ${q(job)}, @notify_level_email = ${level}, @notify_email_operator_name = N'DBA on call';
EXEC msdb.dbo.sp_add_jobstep @job_name = ${q(job)}, @step_name = N'only step', @subsystem = N'TSQL', @command = ${q(command)}, @database_name = N'master';
EXEC msdb.dbo.sp_add_jobserver @job_name = ${q(job)};`));
}

async function operatorLastEmail(): Promise<[number, number]> {
  const row = ok(await batch(s, "SELECT last_email_date, last_email_time FROM msdb.dbo.sysoperators WHERE name = N'DBA on call'")).sets[0]!.rows[0]!;
  return [Number(row[0]), Number(row[1])];
}

test('without Database Mail the notification is not sent, and not recorded', async () => {
  ok(await batch(s, "EXEC msdb.dbo.sp_add_operator @name = N'DBA on call', @email_address = N'dba@example.test'"));
  await addJob('unmailed', "RAISERROR(N'no mail yet', 16, 1)", 2);
  assert.deepEqual(await runJob('unmailed'), [0, 0]);
  assert.equal(sink.mails.length, 0);
  assert.deepEqual(await operatorLastEmail(), [0, 0]);
  const logged = node.output().split('\n').find((line) => line.includes("could not e-mail operator 'DBA on call'"));
  assert.ok(logged, 'the unsent notification is logged');
  assert.match(logged, /SQL Server Agent is not configured to use Database Mail/);
});

test('Database Mail configured in T-SQL: a failed job e-mails its operator through the profile\'s account', async () => {
  const setup = ok(await batch(s, `DECLARE @a int, @p int, @rc1 int, @rc2 int, @rc3 int;
EXEC @rc1 = msdb.dbo.sysmail_add_account_sp @account_name = N'Agent mail', @email_address = N'agent@msxdmail.test',
  @display_name = N'MSXDMAIL Agent', @replyto_address = N'noreply@msxdmail.test',
  @mailserver_name = N'127.0.0.1', @port = ${smtpPort}, @account_id = @a OUTPUT;
EXEC @rc2 = msdb.dbo.sysmail_add_profile_sp @profile_name = N'Agent profile', @profile_id = @p OUTPUT;
EXEC @rc3 = msdb.dbo.sysmail_add_profileaccount_sp @profile_id = @p, @account_id = @a, @sequence_number = 1;
EXEC msdb.dbo.sp_set_sqlagent_properties @use_databasemail = 1, @databasemail_profile = N'Agent profile';
SELECT @rc1, @rc2, @rc3;`));
  assert.deepEqual(setup.sets[setup.sets.length - 1]!.rows, [[0, 0, 0]]);

  await addJob('nightly load', "RAISERROR(N'the load failed', 16, 1)", 2);
  await addJob('quiet success', 'SELECT 1', 2);
  const before = Date.now();
  const [status, emailed] = await runJob('nightly load');
  assert.equal(status, 0);
  const operatorId = Number(ok(await batch(s, "SELECT id FROM msdb.dbo.sysoperators WHERE name = N'DBA on call'")).sets[0]!.rows[0]![0]);
  assert.equal(emailed, operatorId);

  assert.equal(sink.mails.length, 1);
  const mail = sink.mails[0]!;
  assert.equal(mail.from, '<agent@msxdmail.test>');
  assert.deepEqual(mail.to, ['<dba@example.test>']);
  const headers = mail.data.slice(0, mail.data.indexOf('\r\n\r\n'));
  const body = mail.data.slice(headers.length + 4).replace(/=\r\n/g, '');
  assert.match(headers, /^Subject: SQL Server Job System: 'nightly load' completed on \\\\MSXDMAIL\.$/m);
  assert.match(headers, /^From: MSXDMAIL Agent <agent@msxdmail\.test>$/m);
  assert.match(headers, /^Reply-To: noreply@msxdmail\.test$/m);
  assert.match(headers, /^To: dba@example\.test$/m);
  assert.match(body, /^JOB RUN:\t'nightly load' was run on /m);
  assert.match(body, /^STATUS: \tFailed$/m);
  assert.match(body, /^MESSAGES:\tThe job failed\.  The Job was invoked by User sa\.  The last step to run was step 1 \(only step\)\.$/m);

  const [date, time] = await operatorLastEmail();
  // the agent's clock, as its job history (UTC civil time)
  const stamps = [before, Date.now()].map((ms) => runDate(ms) * 1_000_000 + runTime(ms));
  assert.ok(date * 1_000_000 + time >= stamps[0]! && date * 1_000_000 + time <= stamps[1]!, `last_email ${date} ${time}, run between ${stamps.join(' and ')}`);
  const help = ok(await batch(s, "EXEC msdb.dbo.sp_help_operator @operator_name = N'DBA on call'")).sets[0]!;
  const col = help.columns.findIndex((c) => c.name === 'last_email_date');
  assert.equal(help.rows[0]![col], date);

  // @notify_level_email = 2 is "on failure": a success sends nothing
  assert.deepEqual(await runJob('quiet success'), [1, 0]);
  assert.equal(sink.mails.length, 1);
});

test('@notify_level_email = 3 (always): a success is e-mailed too', async () => {
  await addJob('always tell', 'SELECT 1', 3);
  assert.equal((await runJob('always tell'))[0], 1);
  await poll('the second mail', async () => (sink.mails.length >= 2 ? true : undefined));
  const mail = sink.mails[1]!;
  assert.match(mail.data, /^Subject: SQL Server Job System: 'always tell' completed on \\\\MSXDMAIL\.$/m);
  assert.match(mail.data, /^STATUS: \tSucceeded$/m);
});

test('an account with @username/@password: the credential\'s secret reaches the SMTP server (AUTH), the first account by sequence_number is used', async () => {
  const auth = new SmtpSink({ auth: true });
  const authPort = await auth.listen();
  try {
    ok(await batch(s, `EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'Relay with login', @email_address = N'relay@msxdmail.test',
  @mailserver_name = N'127.0.0.1', @port = ${authPort}, @username = N'relay-user', @password = N'Relay-Pa55!';
EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_name = N'Agent profile', @account_name = N'Relay with login', @sequence_number = 0;`));
    await addJob('relayed', "RAISERROR(N'relay me', 16, 1)", 2);
    const mailsBefore = sink.mails.length;
    assert.equal((await runJob('relayed'))[0], 0);
    assert.equal(auth.mails.length, 1);
    const m = auth.mails[0]!;
    assert.deepEqual([m.user, m.password, m.from, m.to], ['relay-user', 'Relay-Pa55!', '<relay@msxdmail.test>', ['<dba@example.test>']]);
    assert.match(m.data, /^Subject: SQL Server Job System: 'relayed' completed on \\\\MSXDMAIL\.$/m);
    assert.equal(sink.mails.length, mailsBefore);
    assert.doesNotMatch(node.output(), /Relay-Pa55!/);
  } finally {
    await auth.close();
  }
});
