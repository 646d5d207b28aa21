// A user-defined message added WITH_LOG (sp_addmessage @with_log = 'TRUE') is logged whenever it
// is raised, without RAISERROR ... WITH LOG, so SQL Server Agent's alert on its number fires; the
// same message without the flag (sp_altermessage ... 'FALSE') is not logged and is no occurrence.
// sp_add_alert accepts the number because it is in sys.messages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startNode } from '../helpers/start-node';
import { batch, close, connect, ok } from '../helpers/tedious-session';
import { poll as pollUntil } from '../helpers/poll';

const WAIT_MS = 30_000;

function poll<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  return pollUntil(what, probe, WAIT_MS);
}

test('an alert on a WITH_LOG user-defined message fires when the message is raised', async () => {
  const node = await startNode({ name: 'MSXDUMALRT' });
  const s = await connect(node);
  try {
    ok(await batch(s, `EXEC sp_addmessage 50201, 16, N'Queue %s is full.', @with_log = 'TRUE';
EXEC msdb.dbo.sp_add_alert @name = N'queue full', @message_id = 50201;`));
    const count = async (): Promise<number> => Number(ok(await batch(s,
      "SELECT occurrence_count FROM msdb.dbo.sysalerts WHERE name = N'queue full'")).sets[0]!.rows[0]![0]);
    await poll('the agent watching the alert', async () => (node.output().includes('agent: watching 1 alert(s)') ? true : undefined));

    const raised = await batch(s, "RAISERROR(50201, 16, 1, N'orders');");
    assert.deepEqual(raised.errors.map((e) => [e.number, e.message]), [[50201, 'Queue orders is full.']]);
    await poll('the occurrence', async () => ((await count()) === 1 ? true : undefined));
    assert.match(node.output(), /Error: 50201, Severity: 16, State: 1\. Queue orders is full\./);

    ok(await batch(s, "EXEC sp_altermessage 50201, 'WITH_LOG', 'FALSE';"));
    await batch(s, "RAISERROR(50201, 16, 2, N'invoices');");
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await count(), 1);
    assert.doesNotMatch(node.output(), /Queue invoices is full/);

    ok(await batch(s, "EXEC msdb.dbo.sp_delete_alert @name = N'queue full'; EXEC sp_dropmessage 50201;"));
  } finally {
    await close(s);
    await node.stop();
  }
});
