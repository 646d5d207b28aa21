import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatch } from '../../../src/tsql/parse';
import { one, roundTrip, strip } from './helpers';

const int = (text: string) => ({ kind: 'literal', form: 'integer', text, unicode: false });

test('DECLARE: several scalars with initializers, table variables, cursor variables', () => {
  const d = strip(one("DECLARE @a int = 1, @b AS varchar(10), @c nvarchar(max) = N'x', @n numeric(10, 2), @t TABLE (id int NOT NULL), @cur CURSOR"));
  assert.ok(d.kind === 'declare');
  assert.deepEqual(d.items, [
    { kind: 'scalar', name: '@a', type: { kind: 'int' }, init: int('1') },
    { kind: 'scalar', name: '@b', type: { kind: 'varchar', length: 10 } },
    { kind: 'scalar', name: '@c', type: { kind: 'nvarchar', length: 'max' }, init: { kind: 'literal', form: 'string', text: 'x', unicode: true } },
    { kind: 'scalar', name: '@n', type: { kind: 'decimal', precision: 10, scale: 2, numeric: true } },
    { kind: 'table', name: '@t', definition: { columns: [{ name: 'id', type: { kind: 'int' }, nullable: false, rowguidcol: false, sparse: false, constraints: [] }], constraints: [], indexes: [] } },
    { kind: 'cursorVariable', name: '@cur' },
  ]);
});

test('data types map to SqlType with SQL Server defaults', () => {
  const types = (sql: string) => {
    const d = parseBatch(sql).statements[0]!;
    assert.ok(d.kind === 'declare');
    return d.items.map((i) => (i.kind === 'scalar' ? i.type : undefined));
  };
  assert.deepEqual(types('DECLARE @a char, @b varchar, @c decimal, @d float, @e float(10), @f datetime2, @g time(3), @h sysname, @i rowversion, @j double precision, @k national character varying(5), @l dbo.mytype, @m hierarchyid'), [
    { kind: 'char', length: 1 }, { kind: 'varchar', length: 1 }, { kind: 'decimal', precision: 18, scale: 0 }, { kind: 'float' },
    { kind: 'real' }, { kind: 'datetime2', scale: 7 }, { kind: 'time', scale: 3 }, { kind: 'nvarchar', length: 128 },
    { kind: 'binary', length: 8 }, { kind: 'float' }, { kind: 'nvarchar', length: 5 },
    { kind: 'userType', name: { schema: 'dbo', name: 'mytype' }, args: [] }, { kind: 'userType', name: { name: 'hierarchyid' }, args: [] },
  ]);
});

test('SET variable with compound assignment', () => {
  assert.deepEqual(strip(one('SET @i -= 1')), { kind: 'setVariable', name: '@i', op: '-=', value: int('1') });
});

test('IF / ELSE IF / ELSE with blocks, semicolon before ELSE', () => {
  const s = strip(one('IF @a = 1 BEGIN PRINT 1; PRINT 2 END ELSE IF @a = 2 PRINT 3; ELSE PRINT 4'));
  assert.ok(s.kind === 'if' && s.then.kind === 'block' && s.then.statements.length === 2);
  assert.ok(s.else?.kind === 'if' && s.else.else?.kind === 'print');
});

test('WHILE with BREAK and CONTINUE', () => {
  const s = strip(one('WHILE 1 = 1 BEGIN IF @x > 1 BREAK; CONTINUE END'));
  assert.ok(s.kind === 'while' && s.body.kind === 'block');
  assert.deepEqual(s.body.statements.map((x) => x.kind), ['if', 'continue']);
});

test('RETURN with and without a value', () => {
  const b = roundTrip('IF 1 = 1 RETURN\nRETURN 5');
  assert.deepEqual(strip(b.statements), [
    { kind: 'if', condition: { kind: 'compare', op: '=', left: int('1'), right: int('1') }, then: { kind: 'return' } },
    { kind: 'return', value: int('5') },
  ]);
  assert.deepEqual(strip(parseBatch('RETURN SELECT 1').statements.map((s) => s.kind)), ['return', 'select']);
});

test('TRY/CATCH, THROW and rethrow', () => {
  const s = strip(one("BEGIN TRY THROW 50001, 'x', 1; END TRY BEGIN CATCH THROW END CATCH"));
  assert.ok(s.kind === 'tryCatch');
  assert.deepEqual(s.tryBlock, [{ kind: 'throw', args: { number: int('50001'), message: { kind: 'literal', form: 'string', text: 'x', unicode: false }, state: int('1') } }]);
  assert.deepEqual(s.catchBlock, [{ kind: 'throw' }]);
});

test('RAISERROR with args and options', () => {
  const s = strip(one("RAISERROR('%s:%d', 16, 2, N'a', 7) WITH NOWAIT, SETERROR"));
  assert.ok(s.kind === 'raiserror');
  assert.equal(s.args.length, 2);
  assert.deepEqual(s.options, ['NOWAIT', 'SETERROR']);
});

test('PRINT, WAITFOR, USE, GOTO and labels', () => {
  const b = strip(roundTrip("PRINT N'hi'; WAITFOR DELAY '00:00:00.100'; USE [msdb]; again: GOTO again"));
  assert.deepEqual(b.statements.map((s) => s.kind), ['print', 'waitfor', 'use', 'label', 'goto']);
  assert.deepEqual(b.statements[2], { kind: 'use', database: 'msdb' });
  assert.deepEqual(b.statements[3], { kind: 'label', name: 'again' });
});

test('transactions', () => {
  const b = strip(roundTrip('BEGIN TRAN; BEGIN TRANSACTION t; SAVE TRAN sp; ROLLBACK TRAN sp; COMMIT TRAN t; COMMIT; ROLLBACK; BEGIN DISTRIBUTED TRAN; BEGIN TRAN @n'));
  assert.deepEqual(b.statements, [
    { kind: 'beginTransaction', distributed: false },
    { kind: 'beginTransaction', distributed: false, name: { kind: 'identifier', name: 't' } },
    { kind: 'saveTransaction', name: { kind: 'identifier', name: 'sp' } },
    { kind: 'rollbackTransaction', name: { kind: 'identifier', name: 'sp' } },
    { kind: 'commitTransaction', name: { kind: 'identifier', name: 't' } },
    { kind: 'commitTransaction' },
    { kind: 'rollbackTransaction' },
    { kind: 'beginTransaction', distributed: true },
    { kind: 'beginTransaction', distributed: false, name: { kind: 'variable', name: '@n' } },
  ]);
});

test('EXEC: return variable, multi-part name, positional/named/OUTPUT/DEFAULT args, WITH RECOMPILE', () => {
  const s = strip(one("EXEC @rc = srv.msdb.dbo.p 1, @b = N'x', @c = @v OUTPUT, @d = DEFAULT, @e = @w OUT, -2 WITH RECOMPILE"));
  assert.deepEqual(s, {
    kind: 'exec', returnVariable: '@rc', recompile: true,
    procedure: { kind: 'name', name: { server: 'srv', database: 'msdb', schema: 'dbo', name: 'p' } },
    args: [
      { value: int('1'), output: false },
      { name: '@b', value: { kind: 'literal', form: 'string', text: 'x', unicode: true }, output: false },
      { name: '@c', value: { kind: 'variable', name: '@v' }, output: true },
      { name: '@d', value: { kind: 'default' }, output: false },
      { name: '@e', value: { kind: 'variable', name: '@w' }, output: true },
      { value: { kind: 'unary', op: '-', operand: int('2') }, output: false },
    ],
  });
});

test('EXEC of a variable holding the name; bare identifiers are strings; first statement needs no EXEC', () => {
  assert.deepEqual(strip(one('EXECUTE @p')), { kind: 'exec', procedure: { kind: 'variable', name: '@p' }, args: [], recompile: false });
  const h = strip(one('EXEC sp_helpdb master'));
  assert.ok(h.kind === 'exec');
  assert.deepEqual(h.args, [{ value: { kind: 'literal', form: 'string', text: 'master', unicode: true }, output: false }]);
  const bare = strip(parseBatch("sp_who 'active'").statements[0]);
  assert.ok(bare?.kind === 'exec' && bare.procedure.kind === 'name' && bare.procedure.name.name === 'sp_who');
});

test("EXEC ('dynamic' + @sql)", () => {
  const s = strip(one("EXEC (N'select ' + @cols + ' from t')"));
  assert.ok(s.kind === 'execString');
  assert.deepEqual(s.parts.map((p) => p.kind), ['literal', 'variable', 'literal']);
});

test('cursors', () => {
  const b = strip(roundTrip('DECLARE c CURSOR LOCAL FOR SELECT 1; OPEN c; FETCH NEXT FROM c INTO @a; CLOSE c; DEALLOCATE c'));
  assert.deepEqual(b.statements.map((s) => s.kind), ['declareCursor', 'openCursor', 'fetchCursor', 'closeCursor', 'deallocateCursor']);
  assert.deepEqual(b.statements[2], { kind: 'fetchCursor', direction: 'next', cursor: { name: 'c', global: false }, into: ['@a'] });
});

test('SET @c = CURSOR ... is a cursor definition for the variable; SET @c = @d stays an assignment', () => {
  const b = strip(roundTrip('DECLARE @c CURSOR; SET @c = CURSOR LOCAL FAST_FORWARD FOR SELECT id FROM t FOR READ ONLY; OPEN @c; SET @c = @d; DEALLOCATE @c'));
  assert.deepEqual(b.statements.map((s) => s.kind), ['declare', 'setCursorVariable', 'openCursor', 'setVariable', 'deallocateCursor']);
  const set = b.statements[1];
  assert.ok(set?.kind === 'setCursorVariable');
  assert.equal(set.name, '@c');
  assert.equal(set.cursor.kind, 'declareCursor');
  assert.deepEqual(set.cursor.options, ['LOCAL', 'FAST_FORWARD', 'READ_ONLY']);
  assert.deepEqual(b.statements[2], { kind: 'openCursor', cursor: { name: '@c', global: false } });
});

test('DBCC is parsed as name + args + options', () => {
  assert.deepEqual(strip(one("DBCC CHECKIDENT ('dbo.t', RESEED, 0) WITH NO_INFOMSGS")), {
    kind: 'dbcc', command: 'CHECKIDENT', options: ['NO_INFOMSGS'],
    args: [{ kind: 'literal', form: 'string', text: 'dbo.t', unicode: false }, { kind: 'literal', form: 'string', text: 'RESEED', unicode: true }, int('0')],
  });
});
