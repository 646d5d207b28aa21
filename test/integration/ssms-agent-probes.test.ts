// What SSMS's Object Explorer sends under "SQL Server Agent" (SMO's SqlEnum enumerators, batches in
// ssms-agent-batches.ts), with the result types SMO's C# casts to: a wrong type there is "Specified
// cast is not valid" and an empty folder. Each batch must run without an error and return the
// columns SMO reads, typed as its XML declares them, with the objects created here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import { poll } from '../helpers/poll';
import { batch, close, connect, ok, type Outcome, type ResultSet, type Session } from '../helpers/tedious-session';
import * as B from './ssms-agent-batches';

const node = nodeForFile({ name: 'MSXDSMOAGENT' });
let session: Session;

const JOB = 'SMO Nightly Check';
const SETUP = `
EXEC msdb.dbo.sp_add_operator @name = N'SMO DBA Team', @email_address = N'dba@example.com';
EXEC msdb.dbo.sp_add_job @job_name = N'${JOB}', @description = N'checks', @category_name = N'Database Maintenance',
  @notify_level_email = 2, @notify_email_operator_name = N'SMO DBA Team';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'${JOB}', @step_name = N'Step one', @subsystem = N'TSQL', @command = N'SELECT 1', @database_name = N'master';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'${JOB}', @step_name = N'Step two', @subsystem = N'CmdExec', @command = N'echo hi';
EXEC msdb.dbo.sp_add_jobschedule @job_name = N'${JOB}', @name = N'Every night', @freq_type = 4, @freq_interval = 1, @active_start_time = 10000;
EXEC msdb.dbo.sp_add_jobserver @job_name = N'${JOB}';
EXEC msdb.dbo.sp_add_alert @name = N'SMO Severity 17', @severity = 17, @job_name = N'${JOB}';
EXEC msdb.dbo.sp_add_notification @alert_name = N'SMO Severity 17', @operator_name = N'SMO DBA Team', @notification_method = 1;
`;

before(async () => {
  session = await connect(await node.ready());
  ok(await batch(session, SETUP));
});
after(async () => {
  if (session !== undefined) await close(session);
});

/** the batch's only result set, after checking it ran without an error */
async function single(sql: string): Promise<ResultSet> {
  const o: Outcome = ok(await batch(session, sql));
  assert.equal(o.sets.length, 1, `expected one result set, got ${JSON.stringify(o.sets.map((s) => s.columns.map((c) => c.name)))}`);
  return o.sets[0]!;
}

function assertColumns(set: ResultSet, expected: Readonly<Record<string, string>>): void {
  assert.deepEqual(Object.fromEntries(set.columns.map((c) => [c.name, c.sqlType])), expected);
}

/** the row whose column `key` is `value`, as an object by column name */
function rowWhere(set: ResultSet, key: string, value: unknown): Record<string, unknown> {
  const i = set.columns.findIndex((c) => c.name === key);
  const row = set.rows.find((r) => r[i] === value);
  assert.ok(row, `no row with ${key} = ${String(value)} in ${JSON.stringify(set.rows)}`);
  return Object.fromEntries(set.columns.map((c, j) => [c.name, row[j]]));
}

const NV128 = 'nvarchar(128)';

describe('SMO Agent enumerators (SqlEnum xml)', () => {
  test('JobServer.xml: the SQL Server Agent node', async () => {
    const set = await single(B.JOB_SERVER);
    assertColumns(set, {
      Name: NV128, MsxServerName: NV128, JobServerType: 'int', SqlServerRestart: 'bit', SqlAgentRestart: 'bit',
      MaximumHistoryRows: 'int', MaximumJobHistoryRows: 'int', ErrorLogFile: 'nvarchar(255)', AgentLogLevel: 'int',
      NetSendRecipient: 'nvarchar(30)', AgentShutdownWaitTime: 'int', SqlAgentMailProfile: 'nvarchar(64)', SaveInSentFolder: 'bit',
      WriteOemErrorLog: 'bit', IsCpuPollingEnabled: 'bit', IdleCpuPercentage: 'int', IdleCpuDuration: 'int', LoginTimeout: 'int',
      HostLoginName: NV128, LocalHostAlias: NV128, SqlAgentAutoStart: 'bit', ReplaceAlertTokensEnabled: 'bit',
      MsxAccountName: 'nvarchar(300)', MsxAccountCredentialName: 'nvarchar(300)', DatabaseMailProfile: 'nvarchar(255)',
      AgentMailType: 'int', SysAdminOnly: 'bit', ServiceStartMode: 'int', ServiceAccount: 'nvarchar(512)', AgentDomainGroup: NV128,
    });
    const row = rowWhere(set, 'Name', node().name);
    assert.equal(row.MsxServerName, '');
    assert.equal(row.JobServerType, 1, 'a standalone agent (Agent.JobServerType.Standalone)');
    assert.equal(row.MaximumHistoryRows, 1000);
    assert.equal(row.ServiceStartMode, 2, 'the agent starts with the node: automatic');
    assert.equal(typeof row.ServiceAccount, 'string');
    assert.equal(row.AgentDomainGroup, '');
  });

  test('Job.xml: the Jobs folder, with category, owner and e-mail operator', async () => {
    const set = await single(B.JOBS);
    assertColumns(set, {
      Name: NV128, CategoryID: 'int', Urn: set.columns[2]!.sqlType, JobID: 'uniqueidentifier', OriginatingServer: NV128,
      IsEnabled: 'bit', Description: 'nvarchar(512)', StartStepID: 'int', OwnerLoginName: NV128, EventLogLevel: 'int',
      EmailLevel: 'int', NetSendLevel: 'int', PageLevel: 'int', DeleteLevel: 'int', DateCreated: 'datetime',
      DateLastModified: 'datetime', VersionNumber: 'int', Category: NV128, CategoryType: 'tinyint', OperatorToEmail: NV128,
      OperatorToNetSend: NV128, OperatorToPage: NV128, job_id: 'nvarchar(100)',
    });
    assert.match(set.columns[2]!.sqlType, /^nvarchar\(\d+\)$/);
    const job = rowWhere(set, 'Name', JOB);
    assert.equal(job.Category, 'Database Maintenance');
    assert.equal(job.CategoryID, 3);
    assert.equal(job.CategoryType, 1);
    assert.equal(job.OwnerLoginName, 'sa');
    assert.equal(job.OperatorToEmail, 'SMO DBA Team');
    assert.equal(job.OperatorToPage, '');
    assert.equal(job.IsEnabled, true);
    assert.equal(job.OriginatingServer, node().name);
    assert.equal(job.Urn, `Server[@Name='${node().name}']/JobServer/Job[@Name='${JOB}' and @CategoryID='3']`);
    assert.equal(String(job.job_id).toUpperCase(), String(job.JobID).toUpperCase());
  });

  test('Job.xml post_process (PostProcessJobActivity): sp_help_job, cast (Guid) and (int)', async () => {
    const set = await single(B.JOB_ACTIVITY);
    const types = Object.fromEntries(set.columns.map((c) => [c.name, c.sqlType]));
    assert.equal(set.columns[0]?.name, 'job_id');
    assert.equal(types.job_id, 'uniqueidentifier');
    for (const c of ['has_schedule', 'has_target', 'has_step', 'current_retry_attempt', 'current_execution_status',
      'last_run_date', 'last_run_time', 'last_run_outcome', 'next_run_date', 'next_run_time', 'next_run_schedule_id', 'type']) {
      assert.equal(types[c], 'int', c);
    }
    assert.match(String(types.current_execution_step), /^nvarchar/);
    const job = rowWhere(set, 'name', JOB);
    assert.deepEqual([job.has_step, job.has_schedule, job.has_target, job.type], [2, 1, 1, 1]);
  });

  test('jobstep.xml: the steps of a job (cursor over sp_help_jobstep, sp_help_proxy)', async () => {
    const set = await single(B.jobSteps(JOB));
    assertColumns(set, {
      Name: NV128, ID: 'int', SubSystem: 'int', Command: 'nvarchar(max)', CommandExecutionSuccessCode: 'int',
      OnSuccessAction: 'tinyint', OnSuccessStep: 'int', OnFailAction: 'tinyint', OnFailStep: 'int', Server: NV128,
      DatabaseName: NV128, DatabaseUserName: NV128, RetryAttempts: 'int', RetryInterval: 'int', OSRunPriority: 'int',
      OutputFileName: 'nvarchar(300)', LastRunOutcome: 'int', LastRunDuration: 'int', LastRunRetries: 'int',
      LastRunDateInt: 'int', LastRunTimeInt: 'int', JobStepFlags: 'int', ProxyName: 'nvarchar(300)', JobID: 'uniqueidentifier',
    });
    assert.deepEqual(set.rows.map((r) => [r[0], r[1], r[2], r[3]]), [['Step one', 1, 1, 'SELECT 1'], ['Step two', 2, 3, 'echo hi']]);
    assert.equal(rowWhere(set, 'Name', 'Step one').DatabaseName, 'master');
    assert.equal(rowWhere(set, 'Name', 'Step two').ProxyName, '');
  });

  test('agent_jobschedule.xml: the schedules of a job (cursor over sp_help_jobschedule)', async () => {
    const set = await single(B.jobSchedules(JOB));
    assertColumns(set, {
      Name: NV128, ID: 'int', DateCreated: 'datetime', IsEnabled: 'bit', FrequencyTypes: 'int', FrequencyInterval: 'int',
      FrequencySubDayTypes: 'int', FrequencySubDayInterval: 'int', FrequencyRelativeIntervals: 'int',
      FrequencyRecurrenceFactor: 'int', ActiveStartDateInt: 'int', ActiveStartTimeOfDayInt: 'int', ActiveEndTimeOfDayInt: 'int',
      ActiveEndDateInt: 'int', JobID: 'uniqueidentifier', JobCount: 'int', ScheduleUid: 'uniqueidentifier', OwnerLoginName: NV128,
    });
    const s = rowWhere(set, 'Name', 'Every night');
    assert.deepEqual([s.IsEnabled, s.FrequencyTypes, s.FrequencyInterval, s.ActiveStartTimeOfDayInt, s.JobCount, s.OwnerLoginName],
      [true, 4, 1, 10000, 1, 'sa']);
  });

  test('agent_operator.xml: the Operators folder', async () => {
    const set = await single(B.OPERATORS);
    assert.deepEqual(set.columns.map((c) => c.sqlType).filter((t, i) => set.columns[i]!.name.endsWith('Int')), Array(12).fill('int'));
    const types = Object.fromEntries(set.columns.map((c) => [c.name, c.sqlType]));
    assert.deepEqual([types.Name, types.ID, types.Enabled, types.EmailAddress, types.PagerDays, types.CategoryName],
      [NV128, 'int', 'bit', 'nvarchar(100)', 'tinyint', NV128]);
    const op = rowWhere(set, 'Name', 'SMO DBA Team');
    assert.deepEqual([op.Enabled, op.EmailAddress, op.PagerAddress, op.CategoryName], [true, 'dba@example.com', '', '[Uncategorized]']);
  });

  test('agent_alert.xml: the Alerts folder', async () => {
    const set = await single(B.ALERTS);
    const types = Object.fromEntries(set.columns.map((c) => [c.name, c.sqlType]));
    assert.deepEqual(
      [types.ID, types.Name, types.EventSource, types.MessageID, types.Severity, types.IsEnabled, types.IncludeEventDescription,
        types.JobID, types.JobName, types.HasNotification, types.WmiEventNamespace, types.AlertType],
      ['int', NV128, 'nvarchar(100)', 'int', 'int', 'bit', 'tinyint', 'uniqueidentifier', NV128, 'int', 'nvarchar(max)', 'int'],
    );
    const alert = rowWhere(set, 'Name', 'SMO Severity 17');
    assert.deepEqual([alert.Severity, alert.MessageID, alert.IsEnabled, alert.JobName, alert.AlertType], [17, 0, true, JOB, 1]);
  });

  test('agent_alertsystem.xml: the alert system registry values', async () => {
    const set = await single(B.ALERT_SYSTEM);
    assertColumns(set, {
      FailSafeOperator: 'nvarchar(255)', NotificationMethod: 'int', ForwardingServer: 'nvarchar(255)', ForwardingSeverity: 'int',
      IsForwardedAlways: 'bit',
    });
    assert.equal(set.rows.length, 1);
  });

  test('agent_job_categories.xml: job categories', async () => {
    const set = await single(B.JOB_CATEGORIES);
    assertColumns(set, { Name: NV128, ID: 'int', CategoryType: 'tinyint' });
    assert.equal(rowWhere(set, 'Name', 'Database Maintenance').ID, 3);
  });

  test('ProxyAccount.xml: the Proxies folder (msxd keeps no proxies)', async () => {
    const set = await single(B.PROXIES);
    assertColumns(set, {
      Name: NV128, ID: 'int', IsEnabled: 'bit', Description: 'nvarchar(1024)', CredentialID: 'int', CredentialName: NV128,
      CredentialIdentity: NV128,
    });
    assert.deepEqual(set.rows, []);
  });

  test('agent_ErrorLog.xml: the Error Logs folder (sp_enumerrorlogs 2)', async () => {
    const set = await single(B.AGENT_ERROR_LOGS);
    assertColumns(set, { Urn: set.columns[0]!.sqlType, Name: NV128, ArchiveNo: 'int', CreateDate: 'datetime', Size: 'int' });
    assert.equal(set.rows.length, 1, 'the agent runs, so its current log is listed');
    const log = rowWhere(set, 'ArchiveNo', 0);
    assert.equal(log.Name, '0');
    assert.ok(log.CreateDate instanceof Date && Math.abs(Date.now() - log.CreateDate.getTime()) < 86_400_000 * 2);
  });

  test('agent_targetserver.xml and agent_targetservergroup.xml: Multi-Server Administration', async () => {
    const servers = await single(B.TARGET_SERVERS);
    assertColumns(servers, {
      Name: NV128, ID: 'int', Location: 'nvarchar(200)', TimeZoneAdjustment: 'int', EnlistDate: 'datetime', LastPollDate: 'datetime',
      Status: 'int', PollingInterval: 'int', PendingInstructions: 'int', LocalTime: 'datetime',
    });
    const groups = await single(B.TARGET_SERVER_GROUPS);
    assertColumns(groups, { Name: NV128, ID: 'int' });
  });

  test('Job Activity Monitor: xp_sqlagent_enum_jobs into a temp table, sp_help_jobactivity', async () => {
    const o = ok(await batch(session, B.JOB_ACTIVITY_MONITOR));
    assert.equal(o.sets.length, 2);
    const states = o.sets[0]!;
    const job = rowWhere(states, 'name', JOB);
    assert.deepEqual([job.running, job.job_state], [0, 4], 'idle (job_state 4)');
    const activity = o.sets[1]!;
    assert.equal(activity.columns[1]?.name, 'job_id');
    assert.equal(activity.columns[1]?.sqlType, 'uniqueidentifier');
  });

  test('agent_jobhistory.xml: the history of a job after a run, RunDate built from run_date/run_time', async () => {
    ok(await batch(session, `EXEC msdb.dbo.sp_start_job @job_name = N'${JOB}'`));
    const set = await poll('the job outcome row of the history', async () => {
      const s = await single(B.jobHistory(JOB));
      return s.rows.some((r) => r[3] === 0) ? s : undefined;
    }, 60_000);
    assertColumns(set, {
      InstanceID: 'int', SqlMessageID: 'int', Message: 'nvarchar(4000)', StepID: 'int', StepName: NV128, SqlSeverity: 'int',
      JobID: 'uniqueidentifier', JobName: NV128, RunStatus: 'int', RunDate: 'datetime', RunDuration: 'int', OperatorEmailed: NV128,
      OperatorNetsent: NV128, OperatorPaged: NV128, RetriesAttempted: 'int', Server: NV128,
    });
    const outcome = rowWhere(set, 'StepID', 0);
    assert.equal(outcome.StepName, '(Job outcome)');
    assert.equal(outcome.JobName, JOB);
    assert.ok(outcome.RunDate instanceof Date && Math.abs(Date.now() - outcome.RunDate.getTime()) < 86_400_000 * 2);
    assert.equal(outcome.Server, node().name);
  });

  test('agent_jobtargetservers.xml: the target servers of a job (cursor over sp_help_jobserver)', async () => {
    const set = await single(B.jobTargetServers(JOB));
    assertColumns(set, {
      ServerName: NV128, ID: 'int', EnlistDate: 'datetime', LastPollDate: 'datetime', LastRunDateInt: 'int', LastRunTimeInt: 'int',
      LastRunDuration: 'int', LastRunOutcome: 'tinyint', LastOutcomeMessage: 'nvarchar(4000)', JobID: 'uniqueidentifier',
    });
    assert.deepEqual(set.rows.map((r) => [r[0], r[1]]), [[node().name, 0]], 'the local server, server_id 0');
  });

  test('agent_alert_categories.xml and AgentSubSystems.xml (an INSENSITIVE ... FOR READ ONLY cursor)', async () => {
    const categories = await single(B.ALERT_CATEGORIES);
    assertColumns(categories, { Name: NV128, ID: 'int' });
    assert.equal(rowWhere(categories, 'Name', '[Uncategorized]').ID, 98);
    const subsystems = await single(B.AGENT_SUBSYSTEMS);
    const [count, grants] = subsystems.rows[0] ?? [];
    assert.ok(Number(count) >= 3, `subsystems ${String(count)}`);
    assert.equal(grants, 0, 'no proxies');
  });

  test('AlertNotification.xml and OperatorNotification.xml: sp_help_notification through cursors, bit columns', async () => {
    const bits = { UseEmail: 'bit', UsePager: 'bit', UseNetSend: 'bit', HasEmail: 'bit', HasPager: 'bit', HasNetSend: 'bit' };
    const byAlert = await single(B.alertNotifications('SMO Severity 17'));
    assertColumns(byAlert, { OperatorId: 'int', OperatorName: NV128, ...bits });
    const op = rowWhere(byAlert, 'OperatorName', 'SMO DBA Team');
    assert.deepEqual([op.UseEmail, op.UsePager, op.HasEmail, op.HasPager], [true, false, true, false]);
    const byOperator = await single(B.operatorNotifications('SMO DBA Team'));
    assertColumns(byOperator, { AlertId: 'int', AlertName: NV128, ...bits });
    assert.equal(rowWhere(byOperator, 'AlertName', 'SMO Severity 17').UseEmail, true);
  });

  test('OperatorJobNotification.xml: the jobs that notify an operator (sp_help_operator_jobs)', async () => {
    const set = await single(B.operatorJobNotifications('SMO DBA Team'));
    assertColumns(set, { JobId: 'uniqueidentifier', JobName: NV128, NotifyLevelEmail: 'int', NotifyLevelNetSend: 'int', NotifyLevelPage: 'int' });
    assert.deepEqual(set.rows.map((r) => [r[1], r[2], r[3], r[4]]), [[JOB, 2, 0, 0]]);
  });
});
