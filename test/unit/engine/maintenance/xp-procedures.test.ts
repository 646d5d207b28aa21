// xp_cmdshell (off by default: 15281; on: sysadmin, `output` rows then NULL), xp_fixeddrives and
// xp_msver over a real engine and store.
import assert from 'node:assert/strict';
import os from 'node:os';
import { after, before, describe, test } from 'node:test';
import { errorsOf, ok, openSecurityNode, run, type SecurityNode } from '../security/harness';

describe('extended procedures of maintenance jobs', () => {
  let node: SecurityNode;
  before(async () => {
    node = await openSecurityNode();
    await ok(node.sa(), "CREATE LOGIN plain WITH PASSWORD = 'Str0ng!pass'");
  });
  after(async () => { await node.dispose(); });

  test('xp_cmdshell is off by default: 15281 with SQL Server\'s text', async () => {
    const sink = await run(node.sa(), "EXEC xp_cmdshell 'echo hi'");
    const e = sink.messages.find((m) => m.number === 15281)!;
    assert.equal(e.severity, 16);
    assert.equal(e.message, "SQL Server blocked access to procedure 'sys.xp_cmdshell' of component 'xp_cmdshell' because this component is turned off as part of the security configuration for this server. A system administrator can enable the use of 'xp_cmdshell' by using sp_configure. For more information about enabling 'xp_cmdshell', see \"Surface Area Configuration\" in SQL Server Books Online.");
  });

  test('xp_cmdshell enabled: output lines then NULL, no_output, return status, sysadmin only', async () => {
    await ok(node.sa(), "EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE;");
    const sink = await ok(node.sa(), "DECLARE @rc int; EXEC @rc = xp_cmdshell 'echo one; echo two'; SELECT @rc");
    const [out, rc] = sink.resultSets;
    assert.deepEqual(out!.columns.map((c) => c.name), ['output']);
    assert.deepEqual(out!.rows, [['one'], ['two'], [null]]);
    assert.deepEqual(rc!.rows, [[0]]);
    const quiet = await ok(node.sa(), "DECLARE @rc int; EXEC @rc = xp_cmdshell 'exit 3', no_output; SELECT @rc");
    assert.deepEqual(quiet.resultSets.map((s) => s.rows), [[[1]]]);
    assert.deepEqual(await errorsOf(await node.as('plain', 'Str0ng!pass'), "EXEC xp_cmdshell 'echo hi'"), [229]);
    await ok(node.sa(), "EXEC sp_configure 'xp_cmdshell', 0; RECONFIGURE;");
  });

  test('xp_fixeddrives: the data folder\'s file system and its free megabytes', async () => {
    const set = (await ok(node.sa(), 'EXEC xp_fixeddrives')).resultSets[0]!;
    assert.deepEqual(set.columns.map((c) => c.name), ['drive', 'MB free']);
    assert.equal(set.rows.length, 1);
    assert.ok(String(set.rows[0]![0]).startsWith('/'));
    assert.ok(Number(set.rows[0]![1]) > 0);
  });

  test('xp_msver: the documented rows; one row for an option', async () => {
    const set = (await ok(node.sa(), 'EXEC xp_msver')).resultSets[0]!;
    assert.deepEqual(set.columns.map((c) => c.name), ['Index', 'Name', 'Internal_Value', 'Character_Value']);
    assert.equal(set.rows.length, 20);
    assert.deepEqual(set.rows[1], [2, 'ProductVersion', 16 * 65536, '16.0.4135.4']);
    const cpu = (await ok(node.sa(), "EXEC master..xp_msver 'ProcessorCount'")).resultSets[0]!.rows;
    assert.deepEqual(cpu, [[16, 'ProcessorCount', os.availableParallelism(), String(os.availableParallelism())]]);
  });
});
