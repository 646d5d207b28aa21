// The JSON built-ins' own argument syntax: ISJSON's type keyword, JSON_OBJECT's key: value pairs
// and the json_null_clause of JSON_OBJECT / JSON_ARRAY.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printExpr } from '../../../src/tsql/print/print';
import { parseExpression } from '../../../src/tsql/parse';
import { roundTrip } from './helpers';

test('ISJSON takes VALUE / ARRAY / OBJECT / SCALAR as a bare word', () => {
  const e = parseExpression('ISJSON(@j, SCALAR)');
  assert.equal(e.kind, 'call');
  if (e.kind !== 'call') return;
  assert.deepEqual(e.args[1], { kind: 'datePart', line: 1, name: 'scalar' });
});

test('JSON_OBJECT pairs and null clauses parse and print back', () => {
  const e = parseExpression("JSON_OBJECT('a': 1, @k: JSON_ARRAY(1, NULL NULL ON NULL) ABSENT ON NULL)");
  assert.equal(e.kind, 'call');
  if (e.kind !== 'call') return;
  assert.equal(e.args.length, 4);
  assert.equal(e.jsonNullClause, 'ABSENT');
  assert.equal(printExpr(e), "JSON_OBJECT('a': 1, @k: JSON_ARRAY(1, NULL NULL ON NULL) ABSENT ON NULL)");
  assert.equal(printExpr(parseExpression('JSON_ARRAY(NULL ON NULL)')), 'JSON_ARRAY(NULL ON NULL)');
  assert.equal(printExpr(parseExpression('JSON_OBJECT()')), 'JSON_OBJECT()');
  roundTrip("SELECT JSON_OBJECT('a': x, 'b': JSON_QUERY(y) NULL ON NULL), JSON_ARRAY(1, 2 ABSENT ON NULL) FROM t");
});
