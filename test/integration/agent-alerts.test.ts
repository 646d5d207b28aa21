// SQL Server Agent alerts on a real node with its own agent: an error logged by a sysadmin
// (RAISERROR ... WITH LOG) fires the alert defined on its message id and keyword, which starts the
// alert's job (history row, "invoked by Alert <id> (<name>)", run_requested_source 2) and e-mails
// the operator notified by e-mail through Database Mail; delay_between_responses suppresses the
// response to a second occurrence, which is still counted. Unlogged and non-matching errors do not
// count; a severity alert counts its severity.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';
import { SmtpSink } from '../unit/agent/smtp-sink';
import { poll as pollUntil } from '../helpers/poll';

const WAIT_MS = 30_000;

let node: NodeHandle;
let sink: SmtpSink;
let s: Session;

before(async () => {
  sink = new SmtpSink();
  const smtpPort = await sink.listen();
  node = await startNode({ name: 'MSXDALRT' });
  s = await connect(node);
  ok(await batch(s, `DECLARE @a int, @p int;
EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'Agent mail', @email_address = N'agent@msxdalrt.test',
  @mailserver_name = N'127.0.0.1', @port = ${smtpPort}, @account_id = @a OUTPUT;
EXEC msdb.dbo.sysmail_add_profile_sp @profile_name = N'Agent profile', @profile_id = @p OUTPUT;
EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_id = @p, @account_id = @a, @sequence_number = 1;
EXEC msdb.dbo.sp_set_sqlagent_properties @use_databasemail = 1, @databasemail_profile = N'Agent profile';
EXEC msdb.dbo.sp_add_operator @name = N'Disk watcher', @email_address = N'disks@example.test';
EXEC msdb.dbo.sp_add_job @job_name = N'free some space';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'free some space', @step_name = N'purge', @subsystem = N'TSQL', @command = N'SELECT 1', @database_name = N'master';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'free some space';`));
});

after(async () => {
  if (s) await close(s);
  await node?.stop();
  await sink?.close();
});

function poll<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  return pollUntil(what, probe, WAIT_MS);
}

async function scalarRows(text: string): Promise<unknown[][]> {
  return ok(await batch(s, text)).sets[0]!.rows;
}

async function alertState(name: string): Promise<{ count: number; lastResponse: number }> {
  const [row] = await scalarRows(`SELECT occurrence_count, CONVERT(bigint, last_response_date) * 1000000 + last_response_time FROM msdb.dbo.sysalerts WHERE name = N'${name}'`);
  return { count: Number(row![0]), lastResponse: Number(row![1]) };
}

async function jobOutcomes(): Promise<string[]> {
  return (await scalarRows(`SELECT h.message FROM msdb.dbo.sysjobhistory AS h JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id
WHERE j.name = N'free some space' AND h.step_id = 0 ORDER BY h.instance_id`)).map((r) => String(r[0]));
}

/** the agent has read the alerts (its log says so once the watched set changes) */
async function agentWatches(n: number): Promise<void> {
  await poll(`the agent watching ${n} alert(s)`, async () => (node.output().includes(`agent: watching ${n} alert(s)`) ? true : undefined));
}

test('a logged error fires its alert: the job runs as the alerter, the operator gets the alert mail; the delay suppresses a second response', async () => {
  ok(await batch(s, `EXEC msdb.dbo.sp_add_alert @name = N'Disk full', @message_id = 50000, @event_description_keyword = N'disk',
  @delay_between_responses = 3600, @notification_message = N'Call the storage team.', @job_name = N'free some space';
EXEC msdb.dbo.sp_add_notification @alert_name = N'Disk full', @operator_name = N'Disk watcher', @notification_method = 1;`));
  await agentWatches(1);
  const alertId = Number((await scalarRows("SELECT id FROM msdb.dbo.sysalerts WHERE name = N'Disk full'"))[0]![0]);

  await batch(s, "RAISERROR(N'The disk is full.', 16, 1) WITH LOG");
  // the node logs it as SQL Server writes its ERRORLOG
  await poll('the error log line', async () => (/Error: 50000, Severity: 16, State: 1\. The disk is full\./.test(node.output()) ? true : undefined));
  const [outcome] = await poll('the alert job\'s outcome', async () => ((await jobOutcomes()).length > 0 ? jobOutcomes() : undefined));
  assert.equal(outcome, `The job succeeded.  The Job was invoked by Alert ${alertId} (Disk full).  The last step to run was step 1 (purge).`);
  const [source] = await scalarRows(`SELECT a.run_requested_source FROM msdb.dbo.sysjobactivity AS a JOIN msdb.dbo.sysjobs AS j ON j.job_id = a.job_id
WHERE j.name = N'free some space' AND a.run_requested_date IS NOT NULL`);
  assert.equal(String(source![0]), '2');

  await poll('the alert mail', async () => (sink.mails.length > 0 ? true : undefined));
  const mail = sink.mails[0]!;
  assert.deepEqual(mail.to, ['<disks@example.test>']);
  const body = mail.data.replace(/=\r\n/g, '');
  assert.match(body, /^Subject: SQL Server Alert System: 'Disk full' occurred on \\\\MSXDALRT$/m);
  assert.match(body, /^DATE\/TIME:\t\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M$/m);
  assert.match(body, /^DESCRIPTION:\tError: 50000 Severity: 16 State: 1 The disk is full\.$/m);
  assert.match(body, /^COMMENT:\tCall the storage team\.$/m);
  assert.match(body, /^JOB RUN:\tfree some space$/m);

  const first = await poll('the occurrence', async () => { const a = await alertState('Disk full'); return a.count === 1 && a.lastResponse > 0 ? a : undefined; });

  await batch(s, "RAISERROR(N'The disk is still full.', 16, 2) WITH LOG");
  const second = await poll('the second occurrence', async () => { const a = await alertState('Disk full'); return a.count === 2 ? a : undefined; });
  assert.equal(second.lastResponse, first.lastResponse, 'no response within delay_between_responses');
  // the job is not started again and no second mail goes out
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal((await jobOutcomes()).length, 1);
  assert.equal(sink.mails.length, 1);
});

test('unlogged errors and errors without the keyword are no occurrence; a severity alert counts its severity', async () => {
  ok(await batch(s, "EXEC msdb.dbo.sp_add_alert @name = N'Severity 17', @severity = 17"));
  await agentWatches(2);
  await batch(s, "RAISERROR(N'disk trouble, not logged', 16, 1)");
  await batch(s, "RAISERROR(N'the cpu is hot', 16, 1) WITH LOG");
  await batch(s, "RAISERROR(N'insufficient resources', 17, 1) WITH LOG");
  await poll('the severity alert', async () => ((await alertState('Severity 17')).count === 1 ? true : undefined));
  assert.equal((await alertState('Disk full')).count, 2);
  ok(await batch(s, "EXEC msdb.dbo.sp_delete_alert @name = N'Severity 17'; EXEC msdb.dbo.sp_delete_alert @name = N'Disk full';"));
});
