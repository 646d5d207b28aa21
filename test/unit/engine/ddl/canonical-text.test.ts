// CHECK / DEFAULT / computed column texts are stored in SQL Server's canonical form, and the DML
// engine still evaluates them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorsOf, ok, openNode } from './harness';
import { rows } from '../sql/sql-helpers';

test('constraint and computed definitions in canonical form, still enforced', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, `CREATE TABLE cf (n int NOT NULL CONSTRAINT df_n DEFAULT 0 CONSTRAINT ck_n CHECK (n >= 0),
      s varchar(10) NULL CONSTRAINT ck_s CHECK (s IN ('a', 'b') OR s LIKE 'x%'),
      d datetime NULL CONSTRAINT df_d DEFAULT GETDATE(),
      m int NULL CONSTRAINT df_m DEFAULT -1 CONSTRAINT ck_m CHECK (m BETWEEN -5 AND 10 AND m IS NOT NULL),
      c AS CAST(n AS bigint) * 2, t AS (n + 1) * 3)`);
    const defs = await ok(s, `SELECT name, definition FROM sys.check_constraints ORDER BY name;
      SELECT name, definition FROM sys.default_constraints ORDER BY name;`);
    assert.deepEqual(rows(defs, 0), [
      ['ck_m', '([m]>=(-5) AND [m]<=(10) AND [m] IS NOT NULL)'],
      ['ck_n', '([n]>=(0))'],
      ["ck_s", "([s]='b' OR [s]='a' OR [s] like 'x%')"],
    ]);
    assert.deepEqual(rows(defs, 1), [['df_d', '(getdate())'], ['df_m', '((-1))'], ['df_n', '((0))']]);
    await ok(s, "INSERT cf (n, s, m) VALUES (2, 'b', 3), (1, 'xyz', -5)");
    assert.deepEqual(rows(await ok(s, 'SELECT n, s, m, c, t FROM cf ORDER BY n')), [[1, 'xyz', -5, 2, 6], [2, 'b', 3, 4, 9]]);
    assert.deepEqual(await errorsOf(s, "INSERT cf (n, s, m) VALUES (1, 'c', 1)"), [547]);
    assert.deepEqual(await errorsOf(s, "INSERT cf (n, s, m) VALUES (1, 'a', 11)"), [547]);
    assert.deepEqual(await errorsOf(s, "INSERT cf (n, s, m) VALUES (-1, 'a', 1)"), [547]);
    assert.deepEqual(rows(await ok(s, "INSERT cf (n, s) VALUES (5, 'a'); SELECT m, CASE WHEN d IS NULL THEN 0 ELSE 1 END FROM cf WHERE n = 5")), [[-1, 1]]);
  } finally {
    await node.dispose();
  }
});
