// API server cursors (sp_cursoropen, sp_cursorfetch, sp_cursoroption, sp_cursor, sp_cursorclose
// and the prepared forms) called by name through tedious, against a real node: handles, OUTPUT
// values, return statuses, rows (each with the trailing ROWSTAT column) and SQL Server's errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import { skipBrowseTokens } from '../helpers/tedious-browse-tokens';
import { batch, callProcedure, close, connect, TYPES, type Outcome, type Param, type Session } from '../helpers/tedious-session';

skipBrowseTokens();
const node = nodeForFile();
let s: Session;

const STATIC = 0x8;
const KEYSET = 0x1;
const DYNAMIC = 0x2;
const FORWARD_ONLY = 0x4;
const FAST_FORWARD = 0x10;
const PARAMETERIZED = 0x1000;
const AUTO_FETCH = 0x2000;
const READ_ONLY = 0x1;
const SCROLL_LOCKS = 0x2;
const OPTIMISTIC = 0x4;
const FIRST = 1;
const NEXT = 2;
const PREV = 4;
const LAST = 8;
const ABSOLUTE = 0x10;
const RELATIVE = 0x20;
const INFO = 0x100;

interface Opened { readonly outcome: Outcome; readonly handle: number }

async function openCursor(stmt: string, scrollopt: number, ccopt: number, extra: readonly Param[] = [], rowcount: number | null = null): Promise<Opened> {
  const outcome = await callProcedure(s, 'sp_cursoropen', [
    ['cursor', TYPES.Int, null, { output: true }],
    ['stmt', TYPES.NVarChar, stmt],
    ['scrollopt', TYPES.Int, scrollopt, { output: true }],
    ['ccopt', TYPES.Int, ccopt, { output: true }],
    ['rowcount', TYPES.Int, rowcount, { output: true }],
    ...extra,
  ]);
  return { outcome, handle: outcome.outputs['cursor'] as number };
}

function fetch(handle: number, fetchtype: number, rownum: number, nrows: number): Promise<Outcome> {
  return callProcedure(s, 'sp_cursorfetch', [
    ['cursor', TYPES.Int, handle], ['fetchtype', TYPES.Int, fetchtype], ['rownum', TYPES.Int, rownum], ['nrows', TYPES.Int, nrows],
  ]);
}

async function info(handle: number): Promise<[number, number]> {
  const o = await callProcedure(s, 'sp_cursorfetch', [
    ['cursor', TYPES.Int, handle], ['fetchtype', TYPES.Int, INFO],
    ['rownum', TYPES.Int, null, { output: true }], ['nrows', TYPES.Int, null, { output: true }],
  ]);
  assert.equal(o.returnStatus, 0);
  return [o.outputs['rownum'] as number, o.outputs['nrows'] as number];
}

const rows = (o: Outcome): unknown[][] => o.sets[0]?.rows ?? [];
const ids = (o: Outcome): unknown[] => rows(o).map((r) => r[0]);

before(async () => {
  await node.ready();
  s = await connect(node());
  const setup = await batch(s, `CREATE TABLE dbo.fruit (id int PRIMARY KEY, name nvarchar(20) NULL);
    INSERT INTO dbo.fruit VALUES (1, N'apple'), (2, N'banana'), (3, N'cherry'), (4, N'date'), (5, N'elder');`);
  assert.equal(setup.error, undefined);
});

after(async () => {
  await close(s);
});

describe('sp_cursoropen', () => {
  it('opens a STATIC READ_ONLY cursor: handle, options, row count, column metadata with ROWSTAT and no rows', async () => {
    const { outcome, handle } = await openCursor('SELECT id, name FROM dbo.fruit ORDER BY id', STATIC, READ_ONLY);
    assert.equal(outcome.error, undefined);
    assert.equal(outcome.returnStatus, 0);
    assert.ok(handle > 0, `handle ${handle}`);
    assert.equal(outcome.outputs['scrollopt'], STATIC);
    assert.equal(outcome.outputs['ccopt'], READ_ONLY);
    assert.equal(outcome.outputs['rowcount'], 5);
    assert.deepEqual(outcome.sets[0]?.columns.map((c) => c.name), ['id', 'name', 'ROWSTAT']);
    assert.deepEqual(rows(outcome), []);
    assert.equal((await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]])).returnStatus, 0);
  });

  it('reports a read-only KEYSET or DYNAMIC request as the STATIC snapshot it gets', async () => {
    for (const requested of [KEYSET, DYNAMIC]) {
      const { outcome, handle } = await openCursor('SELECT id FROM dbo.fruit', requested, READ_ONLY);
      assert.equal(outcome.outputs['scrollopt'], STATIC);
      assert.equal(outcome.outputs['ccopt'], READ_ONLY);
      assert.equal(outcome.outputs['rowcount'], 5);
      await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
    }
  });

  it('keeps an updatable KEYSET cursor over one table, and makes a GROUP BY one STATIC READ_ONLY', async () => {
    const keyset = await openCursor('SELECT id, name FROM dbo.fruit', KEYSET, OPTIMISTIC);
    assert.equal(keyset.outcome.outputs['scrollopt'], KEYSET);
    assert.equal(keyset.outcome.outputs['ccopt'], OPTIMISTIC);
    const grouped = await openCursor('SELECT COUNT(*) AS n FROM dbo.fruit GROUP BY id % 2', KEYSET, OPTIMISTIC);
    assert.equal(grouped.outcome.outputs['scrollopt'], STATIC);
    assert.equal(grouped.outcome.outputs['ccopt'], READ_ONLY);
    assert.equal(grouped.outcome.outputs['rowcount'], 2);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, keyset.handle]]);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, grouped.handle]]);
  });

  it('an updatable request over a system view, a join or a derived table is a STATIC READ_ONLY snapshot', async () => {
    for (const stmt of ['SELECT name FROM sys.databases', 'SELECT a.id FROM dbo.fruit AS a JOIN dbo.fruit AS b ON a.id = b.id',
      'SELECT v.n FROM (VALUES (1), (2)) AS v(n)', 'WITH c AS (SELECT id FROM dbo.fruit) SELECT id FROM c']) {
      const { outcome, handle } = await openCursor(stmt, DYNAMIC, OPTIMISTIC);
      assert.equal(outcome.error, undefined, stmt);
      assert.deepEqual([outcome.outputs['scrollopt'], outcome.outputs['ccopt']], [STATIC, READ_ONLY], stmt);
      await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
    }
  });

  it('AUTO_FETCH sends the first buffer with the open and reports the rows fetched; FAST_FORWARD counts -1', async () => {
    const { outcome, handle } = await openCursor('SELECT id, name FROM dbo.fruit ORDER BY id', FAST_FORWARD | AUTO_FETCH, READ_ONLY, [], 3);
    assert.equal(outcome.returnStatus, 0);
    assert.equal(outcome.outputs['scrollopt'], FAST_FORWARD);
    assert.equal(outcome.outputs['rowcount'], 3);
    assert.deepEqual(rows(outcome), [[1, 'apple', 1], [2, 'banana', 1], [3, 'cherry', 1]]);
    assert.deepEqual(ids(await fetch(handle, NEXT, 0, 10)), [4, 5]);
    // a forward-only cursor's position reads 1 while on rows (as a DYNAMIC one's), -1 past the end
    assert.deepEqual(await info(handle), [1, -1]);
    assert.deepEqual(rows(await fetch(handle, NEXT, 0, 10)), []);
    assert.deepEqual(await info(handle), [-1, -1]);
    const plain = await openCursor('SELECT id FROM dbo.fruit', FAST_FORWARD, READ_ONLY);
    assert.equal(plain.outcome.outputs['rowcount'], -1);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, plain.handle]]);
  });

  it('binds the parameters of a PARAMETERIZED_STMT', async () => {
    const { outcome, handle } = await openCursor('SELECT id FROM dbo.fruit WHERE id >= @lo ORDER BY id', STATIC | PARAMETERIZED, READ_ONLY,
      [['paramdef', TYPES.NVarChar, '@lo int'], ['lo', TYPES.Int, 3]]);
    assert.equal(outcome.error, undefined);
    assert.equal(outcome.outputs['rowcount'], 3);
    assert.deepEqual(ids(await fetch(handle, FIRST, 0, 10)), [3, 4, 5]);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
  });

  it('a statement that fails reports its error, then 16945 state 2; handle 0, status = the error number', async () => {
    const { outcome, handle } = await openCursor('SELECT * FROM dbo.no_such_table', STATIC, READ_ONLY);
    assert.deepEqual(outcome.errors.map((e) => e.number), [208, 16945]);
    assert.equal(outcome.errors[1]?.message, 'The cursor was not declared.');
    assert.equal(outcome.errors[1]?.state, 2);
    assert.equal(handle, 0);
    assert.equal(outcome.returnStatus, 208);
  });

  it('ALLOW_DIRECT runs a statement that cannot be a cursor directly: informational 16954, handle 0', async () => {
    const { outcome, handle } = await openCursor("UPDATE dbo.fruit SET name = N'apple' WHERE id = 1", STATIC, READ_ONLY | 0x2000);
    assert.deepEqual(outcome.errors, []);
    assert.deepEqual(outcome.infos.map((i) => [i.number, i.message]), [[16954, 'Executing SQL directly; no cursor.']]);
    assert.equal(handle, 0);
    assert.equal(outcome.returnStatus, 0);
    assert.deepEqual(outcome.rowCounts, [1]);
  });

  it('refuses a statement that is not a single SELECT (16937)', async () => {
    const { outcome } = await openCursor('UPDATE dbo.fruit SET name = name', STATIC, READ_ONLY);
    assert.deepEqual(outcome.errors.map((e) => e.number), [16937, 16945]);
  });
});

describe('sp_cursorfetch', () => {
  it('FIRST, NEXT, PREV, LAST, ABSOLUTE, RELATIVE, INFO over a STATIC cursor', async () => {
    const { handle } = await openCursor('SELECT id, name FROM dbo.fruit ORDER BY id', STATIC, READ_ONLY);
    assert.deepEqual(await info(handle), [0, 5]);
    const first = await fetch(handle, FIRST, 0, 2);
    assert.equal(first.returnStatus, 0);
    assert.deepEqual(rows(first), [[1, 'apple', 1], [2, 'banana', 1]]);
    assert.deepEqual(ids(await fetch(handle, NEXT, 0, 2)), [3, 4]);
    assert.deepEqual(await info(handle), [3, 5]);
    assert.deepEqual(ids(await fetch(handle, PREV, 0, 1)), [2]);
    assert.deepEqual(ids(await fetch(handle, LAST, 0, 2)), [4, 5]);
    assert.deepEqual(ids(await fetch(handle, ABSOLUTE, 2, 1)), [2]);
    assert.deepEqual(ids(await fetch(handle, ABSOLUTE, -1, 1)), [5]);
    assert.deepEqual(ids(await fetch(handle, RELATIVE, -2, 1)), [3]);
    // PREV past the top starts at the first row and returns status 2
    const adjusted = await fetch(handle, PREV, 0, 5);
    assert.equal(adjusted.returnStatus, 2);
    assert.deepEqual(ids(adjusted), [1, 2, 3, 4, 5]);
    const past = await fetch(handle, ABSOLUTE, 9, 1);
    assert.deepEqual(rows(past), []);
    assert.deepEqual(past.sets[0]?.columns.map((c) => c.name), ['id', 'name', 'ROWSTAT']);
    assert.deepEqual(await info(handle), [-1, 5]);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
  });

  it('a FORWARD_ONLY cursor refuses PREV (16911)', async () => {
    const { handle } = await openCursor('SELECT id FROM dbo.fruit', FORWARD_ONLY, READ_ONLY);
    assert.deepEqual(ids(await fetch(handle, NEXT, 0, 1)), [1]);
    const o = await fetch(handle, PREV, 0, 1);
    assert.equal(o.errors[0]?.number, 16911);
    assert.equal(o.errors[0]?.message, 'sp_cursorfetch: The fetch type PREV cannot be used with forward only cursors.');
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
  });

  it('an unknown handle is 16909 with the handle in hex and return status 1', async () => {
    const o = await fetch(123, NEXT, 0, 1);
    assert.equal(o.errors[0]?.number, 16909);
    assert.equal(o.errors[0]?.message, 'sp_cursorfetch: The cursor identifier value provided (7b) is not valid.');
    assert.equal(o.returnStatus, 1);
  });
});

describe('sp_cursorclose, sp_cursoroption, sp_cursor', () => {
  it('a closed handle is gone (16909 from sp_cursorclose and sp_cursorfetch)', async () => {
    const { handle } = await openCursor('SELECT id FROM dbo.fruit', STATIC, READ_ONLY);
    const closed = await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
    assert.equal(closed.returnStatus, 0);
    assert.deepEqual(closed.errors, []);
    const again = await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
    assert.equal(again.errors[0]?.number, 16909);
    assert.match(again.errors[0]?.message ?? '', /^sp_cursorclose: The cursor identifier value provided \([0-9a-f]+\) is not valid\.$/);
    assert.equal((await fetch(handle, NEXT, 0, 1)).errors[0]?.number, 16909);
  });

  it('sp_cursoroption answers SCROLLOPT, CCOPT and ROWCOUNT, and CURSOR_NAME lets T-SQL fetch and update through it', async () => {
    const { handle } = await openCursor('SELECT id, name FROM dbo.fruit ORDER BY id', KEYSET, SCROLL_LOCKS);
    const option = async (code: number): Promise<unknown> => (await callProcedure(s, 'sp_cursoroption', [
      ['cursor', TYPES.Int, handle], ['code', TYPES.Int, code], ['value', TYPES.Int, null, { output: true }],
    ])).outputs['value'];
    assert.equal(await option(4), KEYSET);
    assert.equal(await option(5), SCROLL_LOCKS);
    assert.equal(await option(6), 5);
    const named = await callProcedure(s, 'sp_cursoroption', [['cursor', TYPES.Int, handle], ['code', TYPES.Int, 2], ['value', TYPES.NVarChar, 'fruit_cursor']]);
    assert.equal(named.returnStatus, 0);
    assert.deepEqual(ids(await fetch(handle, ABSOLUTE, 2, 1)), [2]);
    const tsql = await batch(s, `SELECT CURSOR_STATUS('global', 'fruit_cursor') AS st;
      UPDATE dbo.fruit SET name = N'blueberry' WHERE CURRENT OF fruit_cursor;
      FETCH NEXT FROM fruit_cursor;
      SELECT name FROM dbo.fruit WHERE id = 2;`);
    assert.equal(tsql.error, undefined);
    assert.deepEqual(tsql.sets.map((x) => x.rows), [[[1]], [[3, 'cherry']], [['blueberry']]]);
    // T-SQL CLOSE by the name closes the API cursor too
    await batch(s, 'CLOSE fruit_cursor');
    const closedByName = await fetch(handle, NEXT, 0, 1);
    assert.deepEqual([closedByName.errors[0]?.number, closedByName.returnStatus], [16917, 1]);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
    const gone = await batch(s, "SELECT CURSOR_STATUS('global', 'fruit_cursor')");
    assert.deepEqual(gone.sets[0]?.rows, [[-3]]);
    await batch(s, "UPDATE dbo.fruit SET name = N'banana' WHERE id = 2");
  });

  it('sp_cursor updates and deletes rows of the fetch buffer; a deleted row then fetches MISSING', async () => {
    await batch(s, 'CREATE TABLE dbo.basket (id int PRIMARY KEY, qty int NOT NULL, note nvarchar(10) NULL); INSERT INTO dbo.basket VALUES (1, 10, N\'a\'), (2, 20, N\'b\'), (3, 30, N\'c\')');
    const { outcome, handle } = await openCursor('SELECT id, qty, note FROM dbo.basket ORDER BY id', KEYSET, OPTIMISTIC);
    assert.equal(outcome.outputs['scrollopt'], KEYSET);
    assert.deepEqual(ids(await fetch(handle, FIRST, 0, 3)), [1, 2, 3]);
    const update = await callProcedure(s, 'sp_cursor', [
      ['cursor', TYPES.Int, handle], ['optype', TYPES.Int, 0x21], ['rownum', TYPES.Int, 2], ['table', TYPES.NVarChar, ''],
      ['qty', TYPES.Int, 25],
    ]);
    assert.equal(update.error, undefined);
    assert.equal(update.returnStatus, 0);
    const del = await callProcedure(s, 'sp_cursor', [
      ['cursor', TYPES.Int, handle], ['optype', TYPES.Int, 0x22], ['rownum', TYPES.Int, 1], ['table', TYPES.NVarChar, ''],
    ]);
    assert.equal(del.returnStatus, 0);
    const table = await batch(s, 'SELECT id, qty FROM dbo.basket ORDER BY id');
    assert.deepEqual(table.sets[0]?.rows, [[2, 25], [3, 30]]);
    const refetch = await fetch(handle, FIRST, 0, 3);
    assert.deepEqual(rows(refetch).map((r) => [r[0], r[3]]), [[1, 2], [2, 1], [3, 1]]);
    assert.equal(rows(refetch)[0]?.[2], null);
    const bad = await callProcedure(s, 'sp_cursor', [
      ['cursor', TYPES.Int, handle], ['optype', TYPES.Int, 0x22], ['rownum', TYPES.Int, 7], ['table', TYPES.NVarChar, ''],
    ]);
    assert.deepEqual(bad.errors.map((e) => e.number), [16930]);
    assert.deepEqual(bad.infos.map((e) => e.number), [3621]);
    assert.equal(bad.returnStatus, 16930);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
  });

  it('sp_cursor INSERT adds a table row from @column values (a KEYSET cursor does not show it); SETPOSITION then UPDATE ... WHERE CURRENT OF', async () => {
    await batch(s, "CREATE TABLE dbo.shelf (id int PRIMARY KEY, label nvarchar(10) NULL); INSERT INTO dbo.shelf VALUES (1, N'one'), (2, N'two')");
    const { handle } = await openCursor('SELECT id, label FROM dbo.shelf ORDER BY id', KEYSET, OPTIMISTIC);
    const insert = await callProcedure(s, 'sp_cursor', [
      ['cursor', TYPES.Int, handle], ['optype', TYPES.Int, 0x4], ['rownum', TYPES.Int, 0], ['table', TYPES.NVarChar, ''],
      ['id', TYPES.Int, 3], ['label', TYPES.NVarChar, 'three'],
    ]);
    assert.equal(insert.error, undefined);
    assert.equal(insert.returnStatus, 0);
    assert.deepEqual(ids(await fetch(handle, FIRST, 0, 10)), [1, 2]);
    await callProcedure(s, 'sp_cursoroption', [['cursor', TYPES.Int, handle], ['code', TYPES.Int, 2], ['value', TYPES.NVarChar, 'shelf_cursor']]);
    const setpos = await callProcedure(s, 'sp_cursor', [
      ['cursor', TYPES.Int, handle], ['optype', TYPES.Int, 0x20], ['rownum', TYPES.Int, 2], ['table', TYPES.NVarChar, ''],
    ]);
    assert.equal(setpos.returnStatus, 0);
    await batch(s, "UPDATE dbo.shelf SET label = N'TWO' WHERE CURRENT OF shelf_cursor");
    const table = await batch(s, 'SELECT id, label FROM dbo.shelf ORDER BY id');
    assert.deepEqual(table.sets[0]?.rows, [[1, 'one'], [2, 'TWO'], [3, 'three']]);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
  });

  it('nrows 0 is invalid for NEXT (16902)', async () => {
    const { handle } = await openCursor('SELECT id FROM dbo.fruit', STATIC, READ_ONLY);
    const o = await fetch(handle, NEXT, 0, 0);
    assert.equal(o.errors[0]?.number, 16902);
    assert.equal(o.errors[0]?.message, 'sp_cursorfetch: The value of the parameter nrows is invalid.');
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
  });

  it('sp_cursor on a READ_ONLY cursor is 16929', async () => {
    const { handle } = await openCursor('SELECT id FROM dbo.fruit', STATIC, READ_ONLY);
    await fetch(handle, FIRST, 0, 1);
    const o = await callProcedure(s, 'sp_cursor', [
      ['cursor', TYPES.Int, handle], ['optype', TYPES.Int, 0x22], ['rownum', TYPES.Int, 1], ['table', TYPES.NVarChar, ''],
    ]);
    assert.equal(o.errors[0]?.number, 16929);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, handle]]);
  });
});

describe('prepared cursors', () => {
  it('sp_cursorprepexec, sp_cursorexecute with a new handle each time, sp_cursorunprepare', async () => {
    const pe = await callProcedure(s, 'sp_cursorprepexec', [
      ['prepared', TYPES.Int, null, { output: true }], ['cursor', TYPES.Int, null, { output: true }],
      ['params', TYPES.NVarChar, '@hi int'], ['stmt', TYPES.NVarChar, 'SELECT id FROM dbo.fruit WHERE id <= @hi ORDER BY id'],
      ['scrollopt', TYPES.Int, STATIC, { output: true }], ['ccopt', TYPES.Int, READ_ONLY, { output: true }],
      ['rowcount', TYPES.Int, null, { output: true }], ['hi', TYPES.Int, 2],
    ]);
    assert.equal(pe.error, undefined);
    assert.equal(pe.returnStatus, 0);
    assert.equal(pe.outputs['rowcount'], 2);
    const prepared = pe.outputs['prepared'] as number;
    const first = pe.outputs['cursor'] as number;
    assert.ok(prepared > 0);
    const ex = await callProcedure(s, 'sp_cursorexecute', [
      ['prepared', TYPES.Int, prepared], ['cursor', TYPES.Int, null, { output: true }],
      ['scrollopt', TYPES.Int, STATIC, { output: true }], ['ccopt', TYPES.Int, READ_ONLY, { output: true }],
      ['rowcount', TYPES.Int, null, { output: true }], ['hi', TYPES.Int, 4],
    ]);
    assert.equal(ex.outputs['rowcount'], 4);
    const second = ex.outputs['cursor'] as number;
    assert.notEqual(second, first);
    assert.deepEqual(ids(await fetch(second, FIRST, 0, 10)), [1, 2, 3, 4]);
    assert.deepEqual(ids(await fetch(first, FIRST, 0, 10)), [1, 2]);
    assert.equal((await callProcedure(s, 'sp_cursorunprepare', [['prepared', TYPES.Int, prepared]])).returnStatus, 0);
    const missing = await callProcedure(s, 'sp_cursorunprepare', [['prepared', TYPES.Int, prepared]]);
    assert.equal(missing.errors[0]?.number, 8179);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, first]]);
    await callProcedure(s, 'sp_cursorclose', [['cursor', TYPES.Int, second]]);
  });

  it('sp_cursorprepare with RETURN_METADATA describes the columns; sp_cursorexecute opens it', async () => {
    const p = await callProcedure(s, 'sp_cursorprepare', [
      ['prepared', TYPES.Int, null, { output: true }], ['params', TYPES.NVarChar, '@id int'],
      ['stmt', TYPES.NVarChar, 'SELECT name FROM dbo.fruit WHERE id = @id'], ['options', TYPES.Int, 1],
      ['scrollopt', TYPES.Int, STATIC, { output: true }], ['ccopt', TYPES.Int, READ_ONLY, { output: true }],
    ]);
    assert.equal(p.error, undefined);
    assert.deepEqual(p.sets[0]?.columns.map((c) => c.name), ['name', 'ROWSTAT']);
    assert.equal(p.outputs['scrollopt'], STATIC);
    const ex = await callProcedure(s, 'sp_cursorexecute', [
      ['prepared', TYPES.Int, p.outputs['prepared']], ['cursor', TYPES.Int, null, { output: true }],
      ['scrollopt', TYPES.Int, null, { output: true }], ['ccopt', TYPES.Int, null, { output: true }],
      ['rowcount', TYPES.Int, null, { output: true }], ['id', TYPES.Int, 3],
    ]);
    assert.equal(ex.outputs['rowcount'], 1);
    assert.deepEqual(rows(await fetch(ex.outputs['cursor'] as number, NEXT, 0, 1)), [['cherry', 1]]);
  });
});

describe('from T-SQL', () => {
  it('EXEC sp_cursoropen / sp_cursorfetch / sp_cursorclose with OUTPUT variables (the sp_cursorprepare page\'s example style)', async () => {
    const o = await batch(s, `DECLARE @c int, @scroll int = 8, @cc int = 1, @rows int;
      EXEC sp_cursoropen @c OUTPUT, N'SELECT id, name FROM dbo.fruit WHERE id < 3 ORDER BY id', @scroll OUTPUT, @cc OUTPUT, @rows OUTPUT;
      SELECT CASE WHEN @c > 0 THEN 1 ELSE 0 END AS has_handle, @scroll AS scroll, @cc AS cc, @rows AS n;
      EXEC sp_cursorfetch @c, 2, 0, 5;
      EXEC sp_cursorclose @c;`);
    assert.equal(o.error, undefined);
    assert.deepEqual(o.sets.map((x) => x.rows), [[], [[1, 8, 1, 2]], [[1, 'apple', 1], [2, 'banana', 1]]]);
  });
});

describe('cursor lifetime', () => {
  it('RESETCONNECTION frees the API cursors and global T-SQL cursors of the session', async () => {
    const other = await connect(node());
    try {
      const opened = await callProcedure(other, 'sp_cursoropen', [
        ['cursor', TYPES.Int, null, { output: true }], ['stmt', TYPES.NVarChar, 'SELECT id FROM dbo.fruit'],
        ['scrollopt', TYPES.Int, STATIC, { output: true }], ['ccopt', TYPES.Int, READ_ONLY, { output: true }],
        ['rowcount', TYPES.Int, null, { output: true }],
      ]);
      const handle = opened.outputs['cursor'] as number;
      // another session does not see it
      assert.equal((await fetch(handle, NEXT, 0, 1)).errors[0]?.number, 16909);
      await batch(other, 'DECLARE gc CURSOR GLOBAL FOR SELECT 1');
      await new Promise<void>((resolve, reject) => other.conn.reset((err) => (err ? reject(err) : resolve())));
      const after = await callProcedure(other, 'sp_cursorfetch', [
        ['cursor', TYPES.Int, handle], ['fetchtype', TYPES.Int, NEXT], ['rownum', TYPES.Int, 0], ['nrows', TYPES.Int, 1],
      ]);
      assert.equal(after.errors[0]?.number, 16909);
      const status = await batch(other, "SELECT CURSOR_STATUS('global', 'gc')");
      assert.deepEqual(status.sets[0]?.rows, [[-3]]);
    } finally {
      await close(other);
    }
  });
});
