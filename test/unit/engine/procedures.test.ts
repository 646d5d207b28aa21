import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProcedureDefinition } from '../../../src/engine/procedure-registry';
import { createProcedureRegistry } from '../../../src/procedures/registry';
import { systemProcedures } from '../../../src/procedures';
import { RecordingSink, openSession, run } from './helpers';

const addOne: ProcedureDefinition = {
  name: 'test_add_one',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@n', type: { kind: 'int' } },
    { name: '@step', type: { kind: 'int' }, default: 1 },
    { name: '@result', type: { kind: 'int' }, output: true, default: null },
  ],
  run(ctx, args) {
    args.set('@result', Number(args.value('@n')) + Number(args.value('@step')));
    return 7;
  },
};

test('EXEC of a TypeScript procedure: positional, named, defaults, OUTPUT, return code', async () => {
  const s = await openSession(createProcedureRegistry([addOne]));
  const sink = await run(s, `DECLARE @r int, @rc int
EXEC @rc = test_add_one 41, @result = @r OUTPUT
SELECT @r, @rc
EXEC test_add_one @n = 1, @step = 10, @result = @r OUTPUT
SELECT @r
EXEC test_add_one
EXEC no_such_proc`);
  assert.deepEqual(sink.resultSets.map((r) => r.rows[0]), [[42, 7], [11]]);
  assert.deepEqual(sink.errors.map((e) => e.number), [201, 2812]);
  assert.ok(sink.events.some((e) => e.kind === 'status' && e.value === 7));
});

test('RPC call: output parameters come back through outputParam, then procedureDone', async () => {
  const s = await openSession(createProcedureRegistry([addOne]));
  const sink = new RecordingSink();
  await s.executeRpc({
    procedure: 'test_add_one',
    params: [
      { name: '@n', type: { kind: 'int' }, value: 1, output: false, useDefault: false },
      { name: '@result', type: { kind: 'int' }, value: null, output: true, useDefault: false },
    ],
  }, sink, new AbortController().signal);
  assert.deepEqual(sink.events.map((e) => e.kind), ['status', 'output', 'procDone']);
  const out = sink.events[1]!;
  assert.ok(out.kind === 'output' && out.value === 2 && out.ordinal === 1);
});

test('RPC sp_executesql and sp_prepexec / sp_execute / sp_unprepare', async () => {
  const s = await openSession();
  const sink = new RecordingSink();
  const nv = (v: string) => ({ name: '', type: { kind: 'nvarchar', length: 4000 } as const, value: v, output: false, useDefault: false });
  await s.executeRpc({ procedure: 'sp_executesql', params: [nv('SELECT @x + 1 AS y'), nv('@x int'), { name: '@x', type: { kind: 'int' }, value: 1, output: false, useDefault: false }] }, sink, new AbortController().signal);
  assert.deepEqual(sink.resultSets[0]!.rows, [[2]]);
  const prep = new RecordingSink();
  await s.executeRpc({ procedure: 'sp_prepexec', params: [
    { name: '@handle', type: { kind: 'int' }, value: null, output: true, useDefault: false },
    nv('@x int'), nv('SELECT @x * 3'), { name: '', type: { kind: 'int' }, value: 5, output: false, useDefault: false },
  ] }, prep, new AbortController().signal);
  assert.deepEqual(prep.resultSets[0]!.rows, [[15]]);
  const handleEvent = prep.events.find((e) => e.kind === 'output');
  assert.ok(handleEvent && handleEvent.kind === 'output');
  const handle = handleEvent.value as number;
  const exec = new RecordingSink();
  await s.executeRpc({ procedure: 'sp_execute', params: [
    { name: '', type: { kind: 'int' }, value: handle, output: false, useDefault: false },
    { name: '', type: { kind: 'int' }, value: 7, output: false, useDefault: false },
  ] }, exec, new AbortController().signal);
  assert.deepEqual(exec.resultSets[0]!.rows, [[21]]);
  const unprep = new RecordingSink();
  await s.executeRpc({ procedure: 'sp_unprepare', params: [{ name: '', type: { kind: 'int' }, value: handle, output: false, useDefault: false }] }, unprep, new AbortController().signal);
  assert.deepEqual(unprep.errors, []);
});

test('sp_executesql binds named arguments in any order, converts, OUTPUT; unknown or missing names fail', async () => {
  const s = await openSession();
  const call = (args: string): string =>
    `DECLARE @r int; EXEC sp_executesql N'SET @out = @a * 10 + @b', N'@a int, @b int, @out int OUTPUT', ${args}; SELECT @r`;
  for (let i = 0; i < 2; i++) {
    let sink = await run(s, call('@b = 2, @A = 3, @out = @r OUTPUT'));
    assert.deepEqual(sink.resultSets[0]!.rows, [[32]]);
    sink = await run(s, call("@a = N'4', @b = 1.9, @out = @r OUTPUT"));
    assert.deepEqual(sink.resultSets[0]!.rows, [[41]]);
    sink = await run(s, call('@a = 1, @zz = 1'));
    assert.deepEqual(sink.errors.map((e) => [e.number, e.message]), [[8145, '@zz is not a parameter for procedure sp_executesql.']]);
    sink = await run(s, call('@b = 1'));
    assert.deepEqual(sink.errors.map((e) => e.number), [8178]);
  }
});

test('sp_server_info returns the attribute table', async () => {
  const s = await openSession(systemProcedures);
  const sink = await run(s, 'EXEC sp_server_info 1');
  const [set] = sink.resultSets;
  assert.deepEqual(set!.columns.map((c) => c.name), ['attribute_id', 'attribute_name', 'attribute_value']);
  assert.deepEqual(set!.rows, [[1, 'DBMS_NAME', 'Microsoft SQL Server']]);
});

test('TM requests: begin/commit with descriptors', async () => {
  const s = await openSession();
  const sink = new RecordingSink();
  await s.transaction({ kind: 'begin', name: '', isolationLevel: 0 }, sink);
  assert.notDeepEqual(s.transactionDescriptor, Buffer.alloc(8));
  await s.transaction({ kind: 'commit', name: '', beginNew: false }, sink);
  assert.deepEqual(sink.events.map((e) => (e.kind === 'env' ? e.change.kind : e.kind)), ['beginTransaction', 'commitTransaction']);
});

test('attention stops a WHILE loop', async () => {
  const s = await openSession();
  const sink = new RecordingSink();
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 20);
  await s.executeBatch('WHILE 1 = 1 BEGIN DECLARE @x int = 1 END', sink, ac.signal);
  assert.deepEqual(sink.errors, []);
});
