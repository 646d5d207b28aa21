// session/request-text.ts: the sql_handle of a text (stable, SQL Server's 44-byte ad hoc layout,
// different texts differ), sp_executesql's '(declarations)statement' text, the input-buffer row
// DBCC INPUTBUFFER and sys.dm_exec_input_buffer share.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputBufferRow, requestText, rpcSqlText, sqlHandleOf } from '../../../src/engine/session/request-text';

test('a handle is 0x02000000, the SHA-1 of the UTF-16LE text, then 20 zero bytes', () => {
  const h = sqlHandleOf('SELECT 1');
  assert.equal(h.length, 44);
  assert.equal(h.subarray(0, 4).toString('hex'), '02000000');
  // SHA-1 of 'SELECT 1' as UTF-16LE (the text as TDS carries it)
  assert.equal(h.subarray(4, 24).toString('hex'), 'f678883efdd977f753ad1d760f4defc5c4f84558');
  assert.deepEqual(h.subarray(24), Buffer.alloc(20));
  assert.deepEqual(sqlHandleOf('SELECT 1'), h);
  assert.notDeepEqual(sqlHandleOf('SELECT 2'), h);
});

test("sp_executesql's text is '(declarations)statement'; a statement without parameters is itself", () => {
  const p = (value: string) => ({ name: '', type: { kind: 'nvarchar', length: 'max' } as const, value, output: false, useDefault: false });
  assert.equal(rpcSqlText({ procedure: 'sp_executesql', params: [p('SELECT @a'), p('@a int'), p('1')] }), '(@a int)SELECT @a');
  assert.equal(rpcSqlText({ procedure: 'SP_EXECUTESQL', params: [p('SELECT 1')] }), 'SELECT 1');
  assert.equal(rpcSqlText({ procedure: 'sp_prepexec', params: [p(''), p('@P1 int'), p('SELECT @P1'), p('1')] }), '(@P1 int)SELECT @P1');
  assert.equal(rpcSqlText({ procedure: 'sp_who', params: [] }), undefined);
  assert.equal(requestText({ kind: 'rpc', procedure: 'sp_who', parameterCount: 0 }), undefined);
  assert.equal(requestText({ kind: 'language', text: 'SELECT 1' }), 'SELECT 1');
  assert.equal(requestText(undefined), undefined);
});

test('the input-buffer row: language, RPC, none', () => {
  assert.deepEqual(inputBufferRow({ kind: 'language', text: 'SELECT 1' }), ['Language Event', 0, 'SELECT 1']);
  assert.deepEqual(inputBufferRow({ kind: 'rpc', procedure: 'sp_who', parameterCount: 1 }), ['RPC Event', 1, 'sp_who']);
  assert.deepEqual(inputBufferRow(undefined), ['No Event', 0, '']);
});
