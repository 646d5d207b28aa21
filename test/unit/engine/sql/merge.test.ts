// MERGE: matched updates/deletes, inserts of unmatched source rows, BY SOURCE deletes, OUTPUT
// $action, 8672 for a target row matched twice.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { exec, ok, rows, sqlNode, type SqlNode } from './sql-helpers';

let node: SqlNode;
let s: EngineSession;

before(async () => {
  node = await sqlNode();
  s = await node.session();
});
after(async () => node.dispose());

test('MERGE updates, inserts and deletes with OUTPUT $action', async () => {
  await ok(s, "CREATE TABLE stock (sku varchar(5) PRIMARY KEY, qty int NOT NULL); INSERT stock VALUES ('a', 1), ('b', 2), ('c', 3)");
  const sink = await ok(s, `MERGE stock AS t
    USING (VALUES ('A', 10), ('d', 4), ('b', 0)) AS src (sku, qty) ON t.sku = src.sku
    WHEN MATCHED AND src.qty = 0 THEN DELETE
    WHEN MATCHED THEN UPDATE SET qty = t.qty + src.qty
    WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (src.sku, src.qty)
    WHEN NOT MATCHED BY SOURCE THEN UPDATE SET qty = 0
    OUTPUT $action, inserted.sku, deleted.qty;
    SELECT sku, qty FROM stock ORDER BY sku; SELECT @@ROWCOUNT`);
  const actions = rows(sink, 0).map((r) => `${r[0]}:${r[1]}:${r[2]}`).sort();
  assert.deepEqual(actions, ['DELETE:null:2', 'INSERT:d:null', 'UPDATE:a:1', 'UPDATE:c:3']);
  assert.deepEqual(rows(sink, 1), [['a', 11], ['c', 0], ['d', 4]]);
  assert.equal(sink.resultSets[0]!.columns[0]!.name, '$action');
});

test('a target row matched by two source rows is 8672', async () => {
  await ok(s, "CREATE TABLE m2 (id int PRIMARY KEY, v int); INSERT m2 VALUES (1, 0)");
  const e = await exec(s, 'MERGE m2 USING (VALUES (1, 5), (1, 6)) AS x (id, v) ON m2.id = x.id WHEN MATCHED THEN UPDATE SET v = x.v;');
  assert.equal(e.errors[0]?.number, 8672);
  assert.deepEqual(rows(await ok(s, 'SELECT v FROM m2')), [[0]]);
});
