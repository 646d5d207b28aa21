// Frame.variablesKey (the translation cache's key of a frame's variables) follows DECLARE, and
// sp_executesql's preset key (per declaration list) keeps each list's texts apart.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { EngineSession, RpcParam } from '../../../src/engine/api';
import { Frame } from '../../../src/engine/interpreter/frame';
import { frameVariablesKey } from '../../../src/engine/sql/shared-translation-key';
import type { SqlType } from '../../../src/types/sql-type';
import type { SqlValue } from '../../../src/types/values';
import { RecordingSink } from './helpers';
import { ok, rows, sqlNode, type SqlNode } from './sql/sql-helpers';

let node: SqlNode;
let s: EngineSession;
const NVARCHAR: SqlType = { kind: 'nvarchar', length: 4000 };
const param = (name: string, type: SqlType, value: SqlValue): RpcParam => ({ name, type, value, output: false, useDefault: false });

async function executeSql(statement: string, declarations: string, ...args: RpcParam[]): Promise<RecordingSink> {
  const sink = new RecordingSink();
  await s.executeRpc({ procedure: 'sp_executesql', params: [param('', NVARCHAR, statement), param('', NVARCHAR, declarations), ...args] }, sink, new AbortController().signal);
  if (sink.errors.length > 0) throw new Error(sink.errors.map((e) => `${e.number} ${e.message}`).join('; '));
  return sink;
}

before(async () => {
  node = await sqlNode();
  s = await node.session();
  await ok(s, 'SELECT 1');
});

after(async () => {
  await node.dispose();
});

test('a DECLARE that adds a variable changes the key; one run again (a loop) does not', () => {
  const frame = new Frame('', 0);
  const declaredBy = {};
  frame.declare('@a', { kind: 'int' }, null);
  const one = frameVariablesKey(frame);
  assert.equal(frame.variablesKey, one);
  frame.declare('@b', { kind: 'varchar', length: 3 }, declaredBy);
  assert.equal(frame.variablesKey, undefined);
  const two = frameVariablesKey(frame);
  assert.notEqual(two, one);
  frame.declare('@b', { kind: 'varchar', length: 3 }, declaredBy);
  assert.equal(frame.variablesKey, two);
});

test('sp_executesql: the same text under different declaration lists, and a DECLARE inside it', async () => {
  const text = 'DECLARE @x varchar(3) = @p; SELECT @x + @p';
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(rows(await executeSql(text, '@p varchar(10)', param('@p', NVARCHAR, 'abcdef'))), [['abcabcdef']]);
    assert.deepEqual(rows(await executeSql(text, '@p varchar(2)', param('@p', NVARCHAR, 'abcdef'))), [['abab']]);
    assert.deepEqual(rows(await executeSql('SELECT @p + 1', '@p int', param('@p', { kind: 'int' }, 41))), [[42]]);
    assert.deepEqual(rows(await executeSql('SELECT @p + 1', '@p varchar(5)', param('@p', NVARCHAR, '41'))), [[42]]);
  }
});
