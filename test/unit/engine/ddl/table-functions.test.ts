import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import type { EngineContext } from '../../../../src/engine/engine-context';
import { Frame } from '../../../../src/engine/interpreter/frame';
import { RequestRun, type Scope } from '../../../../src/engine/interpreter/scope';
import { materializeTableFunction } from '../../../../src/engine/routines/table-function';
import type { SessionState } from '../../../../src/engine/session/session-state';
import { RecordingSink } from '../helpers';
import { ok, openNode } from './harness';

function scopeOf(s: EngineSession): Scope {
  const inner = s as unknown as { state: SessionState; engine: EngineContext };
  return { engine: inner.engine, session: inner.state, run: new RequestRun(new RecordingSink(), new AbortController().signal), frame: new Frame('', 0) };
}

test('table-valued functions materialize into a table the translator can read', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE TABLE nums (n int); INSERT INTO nums VALUES (1), (2), (3), (4)');
    await ok(s, 'CREATE FUNCTION dbo.above (@min int) RETURNS TABLE AS RETURN SELECT n FROM nums WHERE n > @min');
    await ok(s, `CREATE FUNCTION dbo.squares (@upto int) RETURNS @r TABLE (n int PRIMARY KEY, sq int) AS
BEGIN
  DECLARE @i int = 1
  WHILE @i <= @upto BEGIN INSERT INTO @r VALUES (@i, @i * @i); SET @i += 1 END
  RETURN
END`);
    const scope = scopeOf(s);
    const st = scope.session.storage!;
    const inline = await materializeTableFunction(scope, { schema: 'dbo', name: 'above' }, [{ type: { kind: 'int' }, value: 2 }]);
    assert.deepEqual(st.all(`SELECT n FROM ${inline.table.sqliteName} ORDER BY n`), [{ n: 3 }, { n: 4 }]);
    inline.release();
    const multi = await materializeTableFunction(scope, { schema: 'dbo', name: 'squares' }, [{ type: { kind: 'int' }, value: 3 }]);
    assert.deepEqual(st.all(`SELECT n, sq FROM ${multi.table.sqliteName} ORDER BY n`), [{ n: 1, sq: 1 }, { n: 2, sq: 4 }, { n: 3, sq: 9 }]);
    assert.deepEqual(multi.table.columns.map((c) => c.name), ['n', 'sq']);
    multi.release();
    await assert.rejects(materializeTableFunction(scope, { schema: 'dbo', name: 'nope' }, []), /Invalid object name/);
    await assert.rejects(materializeTableFunction(scope, { schema: 'dbo', name: 'squares' }, []), /insufficient number/);
  } finally {
    await node.dispose();
  }
});
