// Pager and event-log notifications on a real node and its agent. A pager notification is an
// e-mail to the operator's pager_address, sent only while the operator is on duty (pager_days and
// the day's start/end times); the job's outcome goes to the event log (msxd: the node's error
// log, read with xp_readerrorlog / sp_readerrorlog) when notify_level_eventlog matches. The SMTP
// server is a sink in this test process.
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
let s: Session;

/** pager_days without today and tomorrow (UTC, the agent's clock): off duty for this test's run */
function daysOff(): number {
  const today = new Date().getUTCDay();
  return 127 & ~(1 << today) & ~(1 << ((today + 1) % 7));
}

before(async () => {
  sink = new SmtpSink();
  const smtpPort = await sink.listen();
  node = await startNode({ name: 'MSXDPAGE' });
  s = await connect(node);
  ok(await batch(s, `DECLARE @a int, @p int;
EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'Agent mail', @email_address = N'agent@msxdpage.test',
  @mailserver_name = N'127.0.0.1', @port = ${smtpPort}, @account_id = @a OUTPUT;
EXEC msdb.dbo.sysmail_add_profile_sp @profile_name = N'Agent profile', @profile_id = @p OUTPUT;
EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_id = @p, @account_id = @a, @sequence_number = 1;
EXEC msdb.dbo.sp_set_sqlagent_properties @use_databasemail = 1, @databasemail_profile = N'Agent profile';
EXEC msdb.dbo.sp_add_operator @name = N'On call', @email_address = N'oncall@example.test', @pager_address = N'oncall-pager@example.test',
  @pager_days = 127, @weekday_pager_start_time = 0, @weekday_pager_end_time = 235959,
  @saturday_pager_start_time = 0, @saturday_pager_end_time = 235959, @sunday_pager_start_time = 0, @sunday_pager_end_time = 235959;
EXEC msdb.dbo.sp_add_operator @name = N'Off duty', @pager_address = N'offduty-pager@example.test', @pager_days = ${daysOff()},
  @weekday_pager_start_time = 0, @weekday_pager_end_time = 235959,
  @saturday_pager_start_time = 0, @saturday_pager_end_time = 235959, @sunday_pager_start_time = 0, @sunday_pager_end_time = 235959;`));
});

after(async () => {
  if (s) await close(s);
  await node?.stop();
  await sink?.close();
});

function poll<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  return pollUntil(what, probe, WAIT_MS);
}

async function rows(text: string): Promise<unknown[][]> {
  return ok(await batch(s, text)).sets[0]!.rows;
}

async function operatorId(name: string): Promise<number> {
  return Number((await rows(`SELECT id FROM msdb.dbo.sysoperators WHERE name = ${q(name)}`))[0]![0]);
}

/** [last_pager_date, last_pager_time, last_email_date, last_email_time] */
async function operatorStamps(name: string): Promise<number[]> {
  return (await rows(`SELECT last_pager_date, last_pager_time, last_email_date, last_email_time FROM msdb.dbo.sysoperators WHERE name = ${q(name)}`))[0]!.map(Number);
}

async function addJob(job: string, command: string, pageOperator: string): Promise<void> {
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = ${q(job)}, @notify_level_page = 2, @notify_page_operator_name = ${q(pageOperator)};
EXEC msdb.dbo.sp_add_jobstep @job_name = ${q(job)}, @step_name = N'only step', @subsystem = N'TSQL', @command = ${q(command)}, @database_name = N'master';
EXEC msdb.dbo.sp_add_jobserver @job_name = ${q(job)};`));
}

/** runs a job to its outcome: [run_status, operator_id_emailed, operator_id_paged] of its step-0 history row */
async function runJob(job: string): Promise<number[]> {
  ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = ${q(job)}`));
  return poll(`the outcome of '${job}'`, async () => {
    const r = await rows(`SELECT h.run_status, h.operator_id_emailed, h.operator_id_paged FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = ${q(job)} AND h.step_id = 0`);
    return r[0] ? r[0].map(Number) : undefined;
  });
}

test('sp_add_operator stores the pager address and the on-duty schedule', async () => {
  const help = ok(await batch(s, "EXEC msdb.dbo.sp_help_operator @operator_name = N'Off duty'")).sets[0]!;
  const col = (name: string): unknown => help.rows[0]![help.columns.findIndex((c) => c.name === name)];
  assert.equal(col('pager_address'), 'offduty-pager@example.test');
  assert.equal(col('pager_days'), daysOff());
  assert.equal(col('weekday_pager_end_time'), 235959);
  assert.equal(col('last_pager_date'), 0);
});

test('a failed job with notify_level_page pages its on-duty operator (mail to pager_address, last_pager_* set) and logs event 208', async () => {
  await addJob('paged failure', "RAISERROR(N'the load failed', 16, 1)", 'On call');
  const startedAt = Date.now();
  const [status, emailed, paged] = await runJob('paged failure');
  assert.deepEqual([status, emailed, paged], [0, 0, await operatorId('On call')]);
  const mail = await poll('the page', async () => sink.mails.find((m) => m.to.includes('<oncall-pager@example.test>')));
  assert.deepEqual(mail.to, ['<oncall-pager@example.test>']);
  assert.match(mail.data, /^Subject: SQL Server Job System: 'paged failure' completed on \\\\MSXDPAGE\.$/m);
  assert.match(mail.data, /^STATUS: \tFailed$/m);
  const [pagerDate, pagerTime, emailDate, emailTime] = await operatorStamps('On call');
  const stamps = [startedAt, Date.now()].map((ms) => runDate(ms) * 1_000_000 + runTime(ms));
  const stamp = pagerDate! * 1_000_000 + pagerTime!;
  assert.ok(stamp >= stamps[0]! && stamp <= stamps[1]!, `last_pager ${pagerDate} ${pagerTime}, run between ${stamps.join(' and ')}`);
  assert.deepEqual([emailDate, emailTime], [0, 0], 'a page is not an e-mail');

  // notify_level_eventlog defaults to 2 (on failure): SQL Server Agent's event 208, in the node's error log
  const jobHex = String((await rows("SELECT CONVERT(varchar(40), CONVERT(binary(16), job_id), 1) FROM msdb.dbo.sysjobs WHERE name = N'paged failure'"))[0]![0]);
  const log = ok(await batch(s, "EXEC master.dbo.xp_readerrorlog 0, 1, N'paged failure'")).sets[0]!;
  assert.deepEqual(log.columns.map((c) => c.name), ['LogDate', 'ProcessInfo', 'Text']);
  assert.equal(log.rows.length, 1);
  assert.equal(log.rows[0]![1], 'SQLSERVERAGENT');
  assert.match(String(log.rows[0]![2]), new RegExp(`^SQL Server Scheduled Job 'paged failure' \\(${jobHex}\\) - Status: Failed - Invoked on: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d - Message: The job failed\\.  The Job was invoked by User sa\\.  The last step to run was step 1 \\(only step\\)\\.$`));
  const agentLog = ok(await batch(s, "EXEC sp_readerrorlog 0, 2, N'Scheduled Job', N'paged failure'")).sets[0]!;
  assert.deepEqual(agentLog.columns.map((c) => c.name), ['LogDate', 'ErrorLevel', 'Text']);
  assert.deepEqual(agentLog.rows.map((r) => r[1]), [2], 'a failure is a warning');
});

test('an off-duty operator is not paged; a success writes no event with the default level', async () => {
  await addJob('unpaged failure', "RAISERROR(N'nobody hears', 16, 1)", 'Off duty');
  assert.deepEqual(await runJob('unpaged failure'), [0, 0, 0]);
  await addJob('quiet success', 'SELECT 1', 'On call');
  assert.deepEqual(await runJob('quiet success'), [1, 0, 0]);
  assert.equal(sink.mails.filter((m) => m.to.includes('<offduty-pager@example.test>')).length, 0);
  assert.deepEqual((await operatorStamps('Off duty')).slice(0, 2), [0, 0]);
  assert.equal(ok(await batch(s, "EXEC master.dbo.xp_readerrorlog 0, 1, N'quiet success'")).sets[0]!.rows.length, 0);
  assert.equal(ok(await batch(s, "EXEC master.dbo.xp_readerrorlog 0, 1, N'unpaged failure'")).sets[0]!.rows.length, 1);
});

test('an alert with a pager notification pages the on-duty operator, with the description when include_event_description has bit 2', async () => {
  ok(await batch(s, `EXEC msdb.dbo.sp_add_alert @name = N'Pager alert', @message_id = 50000, @event_description_keyword = N'pager test',
  @include_event_description_in = 2;
EXEC msdb.dbo.sp_add_notification @alert_name = N'Pager alert', @operator_name = N'On call', @notification_method = 2;
EXEC msdb.dbo.sp_add_notification @alert_name = N'Pager alert', @operator_name = N'Off duty', @notification_method = 2;`));
  await poll('the agent watching the alert', async () => (node.output().includes('agent: watching 1 alert(s)') ? true : undefined));
  const before = sink.mails.length;
  await batch(s, "RAISERROR(N'pager test: the queue is stuck', 16, 1) WITH LOG");
  const mail = await poll('the alert page', async () => sink.mails.slice(before).find((m) => /SQL Server Alert System: 'Pager alert'/.test(m.data)));
  assert.deepEqual(mail.to, ['<oncall-pager@example.test>']);
  assert.match(mail.data, /^Subject: SQL Server Alert System: 'Pager alert' occurred on \\\\MSXDPAGE$/m);
  assert.match(mail.data.replace(/=\r\n/g, ''), /DESCRIPTION:\tError: 50000 Severity: 16 State: 1 pager test: the queue is stuck/);
  // the server's logged error reads back as SQL Server's ERRORLOG shows it (two lines, spidN)
  const log = ok(await batch(s, "EXEC master.dbo.xp_readerrorlog 0, 1, N'Error: 50000'")).sets[0]!;
  assert.ok(log.rows.some((r) => /^spid\d+$/.test(String(r[1])) && r[2] === 'Error: 50000, Severity: 16, State: 1.'));
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(sink.mails.slice(before).filter((m) => m.to.includes('<offduty-pager@example.test>')).length, 0);
});
