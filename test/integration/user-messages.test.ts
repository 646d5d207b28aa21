// User-defined messages (sp_addmessage) live in master: they survive a restart, RAISERROR formats
// them after it, and one added WITH_LOG is written to the node's error log whenever raised (what
// SQL Server Agent alerts read, here through msdb's sp_msxd_agent_logged_errors).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startNode } from '../helpers/start-node';
import { batch, close, connect, ok } from '../helpers/tedious-session';

test('a user-defined message survives a restart and a WITH_LOG one is logged when raised', async () => {
  const node = await startNode({ name: 'MSXDUSERMSG' });
  try {
    let s = await connect(node);
    ok(await batch(s, `EXEC sp_addmessage 50101, 16, N'Order %d of %s failed.', @with_log = 'TRUE';
EXEC sp_addmessage 50102, 12, N'Plain %s';`));
    await close(s);

    await node.restart();
    s = await connect(node);
    const rows = ok(await batch(s, `SELECT message_id, severity, is_event_logged, text FROM sys.messages
      WHERE message_id IN (50101, 50102) ORDER BY message_id`)).sets[0]!.rows;
    assert.deepEqual(rows, [[50101, 16, true, 'Order %d of %s failed.'], [50102, 12, false, 'Plain %s']]);

    const raised = await batch(s, `RAISERROR(50101, -1, 3, 42, N'Ann');`);
    assert.deepEqual(raised.errors.map((e) => [e.number, e.class, e.state, e.message]), [[50101, 16, 3, 'Order 42 of Ann failed.']]);
    const plain = await batch(s, `RAISERROR(50102, -1, 1, N'x');`);
    assert.deepEqual(plain.errors.map((e) => [e.number, e.class, e.message]), [[50102, 12, 'Plain x']]);

    const logged = ok(await batch(s, 'EXEC msdb.dbo.sp_msxd_agent_logged_errors @after_id = 0')).sets[0]!.rows;
    assert.deepEqual(logged.map((r) => [r[1], r[2], r[3], r[4]]), [[50101, 16, 3, 'Order 42 of Ann failed.']]);

    ok(await batch(s, 'EXEC sp_dropmessage 50101; EXEC sp_dropmessage 50102, @lang = \'all\';'));
    assert.deepEqual(ok(await batch(s, 'SELECT COUNT(*) FROM sys.messages WHERE message_id > 50000')).sets[0]!.rows, [[0]]);
    await close(s);
  } finally {
    await node.stop();
  }
});
