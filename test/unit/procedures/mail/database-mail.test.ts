// Database Mail's configuration procedures on a real engine with msdb built from sql/: accounts,
// profiles, their links, the help procedures' columns, SQL Server's errors and return codes, the
// SMTP password kept as an encrypted credential, and the agent's read of it all.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSystemProcedures } from '../../../../src/procedures/index';
import { readCredentialSecret } from '../../../../src/engine/security/credentials';
import type { NodeStore } from '../../../../src/store/index';
import { openMsdbNode, PASSWORD, type MsdbNode } from '../../msdb/msdb-node';
import { call, type CallResult } from '../jobs/jobs-node';

const HELP_ACCOUNT_COLUMNS = [
  ['account_id', 'int'], ['name', 'nvarchar(128)'], ['description', 'nvarchar(256)'], ['email_address', 'nvarchar(128)'],
  ['display_name', 'nvarchar(128)'], ['replyto_address', 'nvarchar(128)'], ['servertype', 'nvarchar(128)'],
  ['servername', 'nvarchar(128)'], ['port', 'int'], ['username', 'nvarchar(128)'], ['use_default_credentials', 'bit'],
  ['enable_ssl', 'bit'],
];

const withStatus = (text: string): string => `DECLARE @rc int; ${text.replace(/^EXEC /, 'EXEC @rc = ')}; SELECT @rc AS rc;`;

function statusOf(r: CallResult): unknown {
  return r.sets[r.sets.length - 1]!.rows[0]![0];
}

describe('Database Mail configuration procedures', () => {
  let n: MsdbNode;
  let store: NodeStore | undefined;
  before(async () => {
    n = await openMsdbNode({
      prefix: 'msxd-mail-',
      procedures: () => createSystemProcedures({
        connect: () => Promise.reject(new Error('no masters here')),
        resolveCredential: (name) => {
          const c = store ? readCredentialSecret(store, name) : undefined;
          return c ? { identity: c.identity, secret: c.secret } : undefined;
        },
      }),
    });
    store = n.store;
  });
  after(async () => { await n.dispose(); });

  test('an account with its SMTP server, a profile and the link; OUTPUT ids; help columns', async () => {
    const r = await call(n.sa, `DECLARE @a int, @p int, @rc1 int, @rc2 int, @rc3 int;
EXEC @rc1 = msdb.dbo.sysmail_add_account_sp @account_name = N'ops', @email_address = N'agent@node.test',
  @display_name = N'Node agent', @replyto_address = N'dba@node.test', @description = N'for the agent',
  @mailserver_name = N'smtp.node.test', @port = 2525, @username = N'mailer', @password = N'S3cret!', @account_id = @a OUTPUT;
EXEC @rc2 = msdb.dbo.sysmail_add_profile_sp @profile_name = N'Agent profile', @description = N'operators', @profile_id = @p OUTPUT;
EXEC @rc3 = msdb.dbo.sysmail_add_profileaccount_sp @profile_name = N'Agent profile', @account_name = N'ops', @sequence_number = 1;
SELECT @rc1, @rc2, @rc3, @a, @p;`);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.sets[r.sets.length - 1]!.rows, [[0, 0, 0, 1, 1]]);
    const help = await call(n.sa, 'EXEC msdb.dbo.sysmail_help_account_sp @account_name = N\'ops\'');
    assert.deepEqual(help.sets[0]!.columns.map((c) => [c.name, c.type]), HELP_ACCOUNT_COLUMNS);
    assert.deepEqual(help.sets[0]!.rows, [[1, 'ops', 'for the agent', 'agent@node.test', 'Node agent', 'dba@node.test', 'SMTP',
      'smtp.node.test', 2525, 'mailer', false, false]]);
    const profiles = await call(n.sa, 'EXEC msdb.dbo.sysmail_help_profile_sp');
    assert.deepEqual(profiles.sets[0]!.columns.map((c) => c.name), ['profile_id', 'name', 'description']);
    assert.deepEqual(profiles.sets[0]!.rows, [[1, 'Agent profile', 'operators']]);
  });

  test('the password is a credential (sysmail_server.credential_id), never stored in clear', async () => {
    const r = await call(n.sa, `SELECT c.credential_identity, LEN(c.name) FROM msdb.dbo.sysmail_server AS s
JOIN master.sys.credentials AS c ON c.credential_id = s.credential_id WHERE s.account_id = 1`);
    assert.deepEqual(r.sets[0]!.rows, [['mailer', 36]]);
    const dump = JSON.stringify(await call(n.sa, 'SELECT * FROM msdb.dbo.sysmail_server; SELECT * FROM master.sys.credentials'));
    assert.doesNotMatch(dump, /S3cret!/);
  });

  test('sp_msxd_agent_mail_settings: no row until the Agent uses Database Mail with an existing profile', async () => {
    const settings = async (): Promise<CallResult> => call(n.sa, 'EXEC msdb.dbo.sp_msxd_agent_mail_settings');
    assert.deepEqual((await settings()).sets[0]!.rows, []);
    await call(n.sa, "EXEC msdb.dbo.sp_set_sqlagent_properties @use_databasemail = 1, @databasemail_profile = N'nope'");
    assert.deepEqual((await settings()).sets[0]!.rows, []);
    await call(n.sa, "EXEC msdb.dbo.sp_set_sqlagent_properties @databasemail_profile = N'Agent profile'");
    const r = await settings();
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.sets[0]!.columns.map((c) => c.name), ['profile_name', 'account_name', 'servername', 'port', 'enable_ssl',
      'email_address', 'display_name', 'replyto_address', 'username', 'password', 'timeout']);
    assert.deepEqual(r.sets[0]!.rows, [['Agent profile', 'ops', 'smtp.node.test', 2525, false, 'agent@node.test', 'Node agent',
      'dba@node.test', 'mailer', 'S3cret!', null]]);
    // the first account by sequence_number wins
    await call(n.sa, `EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'first', @email_address = N'first@node.test', @mailserver_name = N'127.0.0.1';
EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_id = 1, @account_name = N'first', @sequence_number = 0;`);
    const first = await settings();
    assert.deepEqual(first.sets[0]!.rows.map((row) => [row[1], row[2], row[3], row[8], row[9]]), [['first', '127.0.0.1', 25, null, null]]);
    await call(n.sa, 'EXEC msdb.dbo.sp_set_sqlagent_properties @use_databasemail = 0');
    assert.deepEqual((await settings()).sets[0]!.rows, []);
  });

  test('errors: SQL Server\'s numbers, texts and return codes', async () => {
    const cases: [string, number[], string[], number][] = [
      ["EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_name = N'missing', @account_name = N'ops', @sequence_number = 1",
        [14607], ['14607: profile name is not valid'], 1],
      ["EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_id = 99, @account_name = N'ops', @sequence_number = 1",
        [14606], ['14606: profile id is not valid'], 1],
      ["EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_id = 1, @profile_name = N'other', @account_name = N'ops', @sequence_number = 1",
        [14605], ['14605: Both profile parameters (id and name) do not point to the same object'], 1],
      ['EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_id = 1, @sequence_number = 1',
        [14604], ['14604: Both account parameters (id and name) cannot be NULL'], 2],
      ["EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_id = 1, @account_name = N'nobody', @sequence_number = 1",
        [14607], ['14607: account name is not valid'], 2],
      ["EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'x', @email_address = N'x@y', @mailserver_name = N'm', @mailserver_type = N'POP3'",
        [14614], ['14614: POP3 is not a valid mailserver_type'], 1],
      ["EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'x', @email_address = N'x@y', @mailserver_name = N'm', @password = N'p'",
        [14615], ['14615: The @username parameter needs to be supplied if the @password is supplied.'], 1],
      ["EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'x', @email_address = N'x@y', @mailserver_name = N'm', @username = N'u', @use_default_credentials = 1",
        [14666], ['14666: User name cannot be supplied when using default credentials'], 1],
      ["EXEC msdb.dbo.sysmail_help_account_sp @account_id = 42", [14606], ['14606: account id is not valid'], 1],
      ["EXEC msdb.dbo.sysmail_help_profile_sp @profile_name = N'none'", [14607], ['14607: profile name is not valid'], 1],
      ["EXEC msdb.dbo.sysmail_delete_profile_sp", [14604], ['14604: Both profile parameters (id and name) cannot be NULL'], 1],
    ];
    for (const [text, errors, messages, status] of cases) {
      const r = await call(n.sa, withStatus(text));
      assert.deepEqual(r.errors, errors, text);
      assert.deepEqual(r.messages, messages, text);
      assert.equal(statusOf(r), status, text);
    }
    const dup = await call(n.sa, withStatus("EXEC msdb.dbo.sysmail_add_profile_sp @profile_name = N'Agent profile'"));
    assert.deepEqual(dup.messages, ["2627: Violation of UNIQUE KEY constraint 'SYSMAIL_PROFILE_NameMustBeUnique'. Cannot insert duplicate key in object 'dbo.sysmail_profile'. The duplicate key value is (Agent profile).",
      '3621: The statement has been terminated.']);
    assert.equal(statusOf(dup), 1);
    const dupAccount = await call(n.sa, withStatus("EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'ops', @email_address = N'a@b', @mailserver_name = N'm'"));
    assert.deepEqual(dupAccount.messages, ["2627: Violation of UNIQUE KEY constraint 'SYSMAIL_ACCOUNT_NameMustBeUnique'. Cannot insert duplicate key in object 'dbo.sysmail_account'. The duplicate key value is (ops).",
      '3621: The statement has been terminated.']);
    assert.equal(statusOf(dupAccount), 1);
  });

  test('parameters without a default must be given (201), as SQL Server declares them', async () => {
    const r = await call(n.sa, "EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'x', @email_address = N'x@y'");
    assert.deepEqual(r.errors, [201]);
    assert.match(r.messages[0]!, /@mailserver_name/);
    assert.deepEqual((await call(n.sa, "EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_id = 1, @account_id = 1")).errors, [201]);
  });

  test('sp_msxd_agent_operator_emailed: the agent\'s record of a sent notification', async () => {
    await call(n.sa, "EXEC msdb.dbo.sp_add_operator @name = N'oncall', @email_address = N'oncall@node.test'");
    const r = await call(n.sa, withStatus(`EXEC msdb.dbo.sp_msxd_agent_operator_emailed @operator_id = 1, @last_email_date = 20261201, @last_email_time = 144312`));
    assert.deepEqual(r.errors, []);
    assert.equal(statusOf(r), 0);
    const row = await call(n.sa, "SELECT id, last_email_date, last_email_time FROM msdb.dbo.sysoperators WHERE name = N'oncall'");
    assert.deepEqual(row.sets[0]!.rows, [[1, 20261201, 144312]]);
  });

  test('sysadmin only (229), as SQL Server\'s Database Mail procedures', async () => {
    await call(n.sa, `CREATE LOGIN plain WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF; CREATE USER plain FOR LOGIN plain;`);
    const s = await n.sessionOf('plain');
    for (const p of ['sysmail_help_account_sp', 'sysmail_add_profile_sp @profile_name = N\'p\'', 'sp_msxd_agent_mail_settings',
      'sp_msxd_agent_operator_emailed @operator_id = 1, @last_email_date = 1, @last_email_time = 1']) {
      assert.deepEqual((await call(s, `EXEC msdb.dbo.${p}`)).errors, [229], p);
    }
  });

  test('sysmail_help_profileaccount_sp and sysmail_delete_profileaccount_sp', async () => {
    await call(n.sa, `EXEC msdb.dbo.sysmail_add_profile_sp @profile_name = N'second';
EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_name = N'second', @account_name = N'ops', @sequence_number = 5;`);
    const all = await call(n.sa, 'EXEC msdb.dbo.sysmail_help_profileaccount_sp');
    assert.deepEqual(all.sets[0]!.columns.map((c) => [c.name, c.type]), [['profile_id', 'int'], ['profile_name', 'nvarchar(128)'],
      ['account_id', 'int'], ['account_name', 'nvarchar(128)'], ['sequence_number', 'int']]);
    assert.deepEqual(all.sets[0]!.rows, [[1, 'Agent profile', 2, 'first', 0], [1, 'Agent profile', 1, 'ops', 1], [2, 'second', 1, 'ops', 5]]);
    const ofOps = await call(n.sa, "EXEC msdb.dbo.sysmail_help_profileaccount_sp @account_name = N'ops'");
    assert.deepEqual(ofOps.sets[0]!.rows.map((r) => r[1]), ['Agent profile', 'second']);
    assert.deepEqual((await call(n.sa, withStatus("EXEC msdb.dbo.sysmail_help_profileaccount_sp @profile_name = N'zz'"))).errors, [14607]);
    const del = await call(n.sa, withStatus("EXEC msdb.dbo.sysmail_delete_profileaccount_sp @profile_name = N'second', @account_name = N'ops'"));
    assert.deepEqual([del.errors, statusOf(del)], [[], 0]);
    const bad = await call(n.sa, withStatus("EXEC msdb.dbo.sysmail_delete_profileaccount_sp @account_id = 77"));
    assert.deepEqual([bad.messages, statusOf(bad)], [['14606: account id is not valid'], 2]);
    const left = await call(n.sa, "EXEC msdb.dbo.sysmail_help_profileaccount_sp @profile_name = N'second'");
    assert.deepEqual(left.sets[0]!.rows, []);
    await call(n.sa, "EXEC msdb.dbo.sysmail_delete_profile_sp @profile_name = N'second'");
  });

  test('delete: the account leaves its profiles and loses its password; the profile goes with its links', async () => {
    const credential = String((await call(n.sa, `SELECT c.name FROM msdb.dbo.sysmail_server AS s
JOIN master.sys.credentials AS c ON c.credential_id = s.credential_id WHERE s.account_id = 1`)).sets[0]!.rows[0]![0]);
    assert.equal(readCredentialSecret(n.store, credential)?.secret, 'S3cret!');
    const r = await call(n.sa, withStatus("EXEC msdb.dbo.sysmail_delete_account_sp @account_name = N'ops'"));
    assert.deepEqual(r.errors, []);
    assert.equal(statusOf(r), 0);
    const left = await call(n.sa, `SELECT (SELECT COUNT(*) FROM msdb.dbo.sysmail_account WHERE name = N'ops'),
  (SELECT COUNT(*) FROM msdb.dbo.sysmail_server WHERE account_id = 1), (SELECT COUNT(*) FROM msdb.dbo.sysmail_profileaccount WHERE account_id = 1)`);
    assert.deepEqual(left.sets[0]!.rows, [[0, 0, 0]]);
    assert.ok(!readCredentialSecret(n.store, credential)?.secret, 'the deleted account\'s password is wiped');
    const p = await call(n.sa, withStatus('EXEC msdb.dbo.sysmail_delete_profile_sp @profile_id = 1'));
    assert.equal(statusOf(p), 0);
    const rest = await call(n.sa, 'SELECT (SELECT COUNT(*) FROM msdb.dbo.sysmail_profile), (SELECT COUNT(*) FROM msdb.dbo.sysmail_profileaccount)');
    assert.deepEqual(rest.sets[0]!.rows, [[0, 0]]);
  });
});
