import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FunctionCall } from '../../../src/tsql/ast';
import { parseBatch } from '../../../src/tsql/parse';
import { expr, roundTrip } from './helpers';

function call(sql: string): { name: string; args: string[] } {
  const e = expr(sql) as FunctionCall;
  assert.equal(e.kind, 'call');
  return { name: e.name.name, args: e.args.map((a) => a.kind) };
}

test('TRIM([LEADING|TRAILING|BOTH] chars FROM s) becomes TRIM/LTRIM/RTRIM(s, chars)', () => {
  assert.deepEqual(call("TRIM('xy' FROM 'xyaxyx')"), { name: 'TRIM', args: ['literal', 'literal'] });
  assert.equal((expr("TRIM('xy' FROM 'abc')") as FunctionCall).args[0]!.kind === 'literal', true);
  assert.deepEqual(call("TRIM(LEADING 'x' FROM @s)"), { name: 'LTRIM', args: ['variable', 'literal'] });
  assert.deepEqual(call("TRIM(TRAILING 'x' FROM @s)"), { name: 'RTRIM', args: ['variable', 'literal'] });
  assert.deepEqual(call("TRIM(BOTH 'x' FROM @s)"), { name: 'TRIM', args: ['variable', 'literal'] });
  assert.deepEqual(call('TRIM(both)'), { name: 'TRIM', args: ['column'] });
  roundTrip("SELECT TRIM('xy' FROM name) FROM t");
});

test('DEFAULT is an argument of user functions only', () => {
  assert.deepEqual(call('dbo.f(1, DEFAULT)'), { name: 'f', args: ['literal', 'default'] });
  assert.throws(() => parseBatch('SELECT LEN(DEFAULT)'), (e: { number?: number }) => e.number === 156);
});

test('option values: SET RECOVERY FULL; name-valued options keep their case', () => {
  const [alterDb, alterLogin] = parseBatch('ALTER DATABASE x SET RECOVERY FULL;\nALTER LOGIN a WITH NAME = alt2, DEFAULT_DATABASE = Master, CHECK_POLICY = off').statements;
  assert.deepEqual(alterDb?.kind === 'alterDatabase' && alterDb.action, { kind: 'set', options: [{ name: 'RECOVERY', value: { kind: 'word', value: 'FULL' } }] });
  assert.ok(alterLogin?.kind === 'alterLogin');
  assert.deepEqual(JSON.parse(JSON.stringify(alterLogin)).action.options, [
    { name: 'NAME', value: { kind: 'word', value: 'alt2' } },
    { name: 'DEFAULT_DATABASE', value: { kind: 'word', value: 'Master' } },
    { name: 'CHECK_POLICY', value: { kind: 'onOff', on: false } },
  ]);
});
