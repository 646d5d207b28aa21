import { test } from 'node:test';
import assert from 'node:assert/strict';
import RpcRequestPayload from 'tedious/lib/rpcrequest-payload';
import { Collation } from 'tedious/lib/collation';
import { typeByName } from 'tedious/lib/data-type';
import { TDS_VERSION } from '../../../src/tds/constants';
import { decodeRpc } from '../../../src/tds/requests/rpc';
import { RpcParamMemo } from '../../../src/tds/requests/rpc-param-memo';

const COLLATION = new Collation(0x0409, 0x0d, 0, 52);
const options = { tdsVersion: '7_4', useUTC: true } as never;
const types = typeByName as Record<string, { validate(v: unknown, c?: unknown): unknown }>;

function executesql(statement: string, declarations: string, id: number, blob?: Buffer): Buffer {
  const params = [
    { type: types.NVarChar, name: 'statement', value: statement, output: false },
    { type: types.NVarChar, name: 'params', value: declarations, output: false },
    { type: types.Int, name: 'id', value: id, output: false },
    ...(blob ? [{ type: types.VarBinary, name: 'b', value: blob, output: false }] : []),
  ];
  return Buffer.concat([...new RpcRequestPayload(10, params as never, Buffer.alloc(8), options, COLLATION)]);
}

const STATEMENT = 'SELECT v FROM dbo.t WHERE id = @id';

test('a repeated statement and declaration list decode to the objects of the last call', () => {
  const memo = new RpcParamMemo();
  const first = decodeRpc(executesql(STATEMENT, '@id int', 1), TDS_VERSION.V7_4, memo).calls[0];
  const second = decodeRpc(executesql(STATEMENT, '@id int', 2), TDS_VERSION.V7_4, memo).calls[0];
  assert.deepEqual(second?.params.map((p) => p.value), [STATEMENT, '@id int', 2]);
  assert.equal(second?.params[0], first?.params[0]);
  assert.equal(second?.params[1], first?.params[1]);
  // the int value is below the comparison threshold: decoded each time
  assert.notEqual(second?.params[2], first?.params[2]);
});

test('different bytes at a remembered position decode afresh, and the decoded values are as sent', () => {
  const memo = new RpcParamMemo();
  decodeRpc(executesql(STATEMENT, '@id int', 1), TDS_VERSION.V7_4, memo);
  const other = `${STATEMENT} OR id = @id + 1`;
  const longer = decodeRpc(executesql(other, '@id int', 3), TDS_VERSION.V7_4, memo).calls[0];
  assert.deepEqual(longer?.params.map((p) => p.value), [other, '@id int', 3]);
  // a prefix of the remembered bytes is no match (the length field differs), nor is a shorter message
  const shorter = decodeRpc(executesql(STATEMENT.slice(0, 30), '@id int', 4), TDS_VERSION.V7_4, memo).calls[0];
  assert.deepEqual(shorter?.params.map((p) => p.value), [STATEMENT.slice(0, 30), '@id int', 4]);
  const same = decodeRpc(executesql(STATEMENT.slice(0, 30), '@id int', 5), TDS_VERSION.V7_4, memo).calls[0];
  assert.equal(same?.params[0], shorter?.params[0]);
});

test('binary values are never remembered (they may be slices of a reused payload)', () => {
  const memo = new RpcParamMemo();
  const blob = Buffer.alloc(64, 7);
  const payload = executesql(STATEMENT, '@id int, @b varbinary(64)', 1, blob);
  const first = decodeRpc(payload, TDS_VERSION.V7_4, memo).calls[0];
  const second = decodeRpc(Buffer.from(payload), TDS_VERSION.V7_4, memo).calls[0];
  assert.notEqual(second?.params[3], first?.params[3]);
  assert.deepEqual(second?.params[3]?.value, blob);
});
