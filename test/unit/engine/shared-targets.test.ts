// DML targets resolved once per node (src/engine/query/target-cache.ts): a new session's first
// UPDATE/INSERT of a table another session wrote reuses its resolution, while each session's
// identity values, constraints changed by DDL and uncommitted DDL stay right.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { counterDelta } from './counter-delta';
import { targetCounters } from '../../../src/engine/query/target-cache';
import { errorsOf, ok, openSecurityNode, rows, type SecurityNode } from './security/harness';

const counted = <T>(f: () => Promise<T>) => counterDelta(targetCounters, f);

describe('DML targets shared across sessions', () => {
  let node: SecurityNode;
  before(async () => {
    node = await openSecurityNode();
    await ok(node.sa(), 'CREATE DATABASE dt');
    await ok(node.sa('dt'), `CREATE TABLE dbo.hb (id int NOT NULL PRIMARY KEY, n int NOT NULL);
      INSERT INTO dbo.hb VALUES (1, 0);
      CREATE TABLE dbo.ids (id int IDENTITY(1,1) NOT NULL PRIMARY KEY, who nvarchar(5) NOT NULL)`);
  });
  after(async () => { await node.dispose(); });

  test("a new session's first UPDATE reuses the node's resolution of its target", async () => {
    const text = 'UPDATE dbo.hb SET n = n + 1 WHERE id = 1';
    await ok(node.sa('dt'), text);
    const r = await counted(() => ok(node.sa('dt'), text));
    assert.deepEqual([r.node, r.resolved], [2, 0], 'the view lookup and the table both from the node');
    assert.deepEqual(await rows(node.sa('dt'), 'SELECT n FROM dbo.hb'), [[2]]);
  });

  test('identity values count through each writing session, interleaved', async () => {
    const a = node.sa('dt');
    const b = node.sa('dt');
    for (const [s, who] of [[a, 'a'], [b, 'b'], [a, 'a'], [node.sa('dt'), 'c'], [b, 'b']] as const) {
      await ok(s, `INSERT INTO dbo.ids (who) VALUES (N'${who}')`);
    }
    assert.deepEqual(await rows(node.sa('dt'), 'SELECT id, who FROM dbo.ids ORDER BY id'), [[1, 'a'], [2, 'b'], [3, 'a'], [4, 'c'], [5, 'b']]);
    assert.deepEqual(await rows(a, 'SELECT CAST(@@IDENTITY AS int)'), [[3]]);
    assert.deepEqual(await rows(b, 'SELECT CAST(@@IDENTITY AS int)'), [[5]]);
  });

  test('a CHECK added by another session applies to the next writer at once', async () => {
    await ok(node.sa('dt'), 'UPDATE dbo.hb SET n = 5 WHERE id = 1');
    await ok(node.sa('dt'), 'ALTER TABLE dbo.hb ADD CONSTRAINT ck_hb_n CHECK (n < 10)');
    assert.deepEqual(await errorsOf(node.sa('dt'), 'UPDATE dbo.hb SET n = 11 WHERE id = 1'), [547]);
    await ok(node.sa('dt'), 'ALTER TABLE dbo.hb DROP CONSTRAINT ck_hb_n');
    await ok(node.sa('dt'), 'UPDATE dbo.hb SET n = 11 WHERE id = 1');
  });

  test('uncommitted DDL of one session is not seen by the others', async () => {
    const ddl = node.sa('dt');
    await ok(ddl, 'BEGIN TRAN; ALTER TABLE dbo.hb ADD CONSTRAINT ck_tx CHECK (n < 50)');
    assert.deepEqual(await errorsOf(ddl, 'UPDATE dbo.hb SET n = 60 WHERE id = 1'), [547]);
    await ok(ddl, 'ROLLBACK');
    await ok(node.sa('dt'), 'UPDATE dbo.hb SET n = 60 WHERE id = 1');
    await ok(ddl, 'UPDATE dbo.hb SET n = 2 WHERE id = 1');
  });
});
