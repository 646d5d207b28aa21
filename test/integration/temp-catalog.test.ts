// tempdb's catalog views list #temp tables (src/engine/catalog/temp-catalog.ts): each connection
// its own (msxd's choice: SQL Server shows every session's), ##global ones to everybody. The same
// texts run on several connections, as RPC (sp_executesql, whose translations the node shares)
// and as batches, before and after a CREATE or DROP: no connection may see a cached answer made
// for another connection or for an earlier state of its own #temp tables.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, execSql, ok, type Outcome, type Session } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDTEMPCAT', args: ['--no-agent'] });
let node: NodeHandle;

const rowsOf = (o: Outcome): unknown[][] => ok(o).sets.at(-1)?.rows ?? [];

/** the #tcw tables a connection sees in tempdb.sys.tables: [name length, object id] */
const TABLES = "SELECT LEN(name), object_id FROM tempdb.sys.tables WHERE name LIKE '#tcw[_]%'";
/** the columns of `#tcw` as this connection resolves the name */
const COLUMNS = "SELECT name, column_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tcw') ORDER BY column_id";

async function objectId(s: Session, name: string): Promise<unknown> {
  return rowsOf(await batch(s, `SELECT OBJECT_ID('tempdb..${name}')`))[0]?.[0];
}

before(async () => {
  node = await fixture.ready();
});

describe('#temp tables in tempdb catalog views', () => {
  test('two connections with a #tcw each: each lists its own table and columns, by batch and by RPC', async () => {
    const a = await connect(node);
    const b = await connect(node);
    try {
      ok(await batch(a, 'CREATE TABLE #tcw (x int)'));
      ok(await batch(b, 'CREATE TABLE #tcw (y nvarchar(5), z bit)'));
      const [idA, idB] = [await objectId(a, '#tcw'), await objectId(b, '#tcw')];
      assert.ok(typeof idA === 'number' && idA < 0 && typeof idB === 'number' && idB < 0 && idA !== idB);
      for (const run of [batch, execSql]) {
        assert.deepEqual(rowsOf(await run(a, TABLES)), [[128, idA]]);
        assert.deepEqual(rowsOf(await run(b, TABLES)), [[128, idB]]);
        assert.deepEqual(rowsOf(await run(a, COLUMNS)), [['x', 1]]);
        assert.deepEqual(rowsOf(await run(b, COLUMNS)), [['y', 1], ['z', 2]]);
      }
      const c = await connect(node);
      try {
        assert.deepEqual(rowsOf(await execSql(c, TABLES)), []);
        assert.deepEqual(rowsOf(await execSql(c, COLUMNS)), []);
      } finally {
        await close(c);
      }
    } finally {
      await close(a);
      await close(b);
    }
  });

  test('the same text before and after CREATE, DROP, CREATE+ROLLBACK and DROP+ROLLBACK on one connection', async () => {
    const s = await connect(node);
    try {
      assert.deepEqual(rowsOf(await execSql(s, TABLES)), []);
      ok(await batch(s, 'CREATE TABLE #tcw (x int)'));
      const id = await objectId(s, '#tcw');
      assert.deepEqual(rowsOf(await execSql(s, TABLES)), [[128, id]]);
      ok(await batch(s, 'BEGIN TRAN; DROP TABLE #tcw'));
      assert.deepEqual(rowsOf(await execSql(s, TABLES)), []);
      ok(await batch(s, 'ROLLBACK'));
      assert.deepEqual(rowsOf(await execSql(s, TABLES)), [[128, id]]);
      ok(await batch(s, 'DROP TABLE #tcw'));
      assert.deepEqual(rowsOf(await execSql(s, TABLES)), []);
      ok(await batch(s, 'BEGIN TRAN; CREATE TABLE #tcw (x int)'));
      assert.equal(rowsOf(await execSql(s, TABLES)).length, 1);
      ok(await batch(s, 'ROLLBACK'));
      assert.deepEqual(rowsOf(await execSql(s, TABLES)), []);
    } finally {
      await close(s);
    }
  });

  test('a connection opened after another closed (its pooled SQLite connection, maybe) lists none of its #temp tables', async () => {
    const a = await connect(node);
    ok(await batch(a, 'CREATE TABLE #tcw (x int)'));
    assert.equal(rowsOf(await execSql(a, TABLES)).length, 1);
    await close(a);
    const b = await connect(node);
    try {
      assert.deepEqual(rowsOf(await execSql(b, TABLES)), []);
    } finally {
      await close(b);
    }
  });

  test('a ##global table is listed for every connection under its own name, with the id OBJECT_ID returns', async () => {
    const a = await connect(node);
    const b = await connect(node);
    try {
      ok(await batch(a, 'CREATE TABLE ##tcw_g (x int)'));
      const id = await objectId(a, '##tcw_g');
      assert.equal(typeof id, 'number');
      const text = "SELECT name, object_id FROM tempdb.sys.tables WHERE name LIKE '##tcw%'";
      assert.deepEqual(rowsOf(await execSql(a, text)), [['##tcw_g', id]]);
      assert.deepEqual(rowsOf(await execSql(b, text)), [['##tcw_g', id]]);
      assert.equal(await objectId(b, '##tcw_g'), id);
    } finally {
      await close(a);
      await close(b);
    }
  });
});
