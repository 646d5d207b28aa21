import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decimalResultType } from '../../../src/types/decimal';
import { higherType, precedenceOf, resultTypeOf } from '../../../src/types/precedence';
import { lit, typeDisplay, type } from './sql';

test('literal types as SQL Server assigns them', () => {
  assert.equal(typeDisplay(lit('1').type), 'int');
  assert.equal(typeDisplay(lit('2147483648').type), 'numeric(10,0)');
  assert.equal(typeDisplay(lit('1.5').type), 'numeric(2,1)');
  assert.equal(typeDisplay(lit('0.05').type), 'numeric(2,2)');
  assert.equal(typeDisplay(lit('0.1').type), 'numeric(1,1)');
  assert.equal(typeDisplay(lit('744.0').type), 'numeric(4,1)');
  assert.equal(typeDisplay(lit('1e0').type), 'float');
  assert.equal(typeDisplay(lit("'abc'").type), 'varchar(3)');
  assert.equal(typeDisplay(lit("N'abc'").type), 'nvarchar(3)');
  assert.equal(typeDisplay(lit("''").type), 'varchar(1)');
  assert.equal(typeDisplay(lit('0x0A0B').type), 'varbinary(2)');
  assert.equal(typeDisplay(lit('$1').type), 'money');
  assert.equal(lit('$1.23').value, 12300n);
});

test('data type precedence', () => {
  assert.ok(precedenceOf({ kind: 'datetime' }) < precedenceOf({ kind: 'float' }));
  assert.ok(precedenceOf({ kind: 'int' }) < precedenceOf({ kind: 'nvarchar', length: 1 }));
  assert.equal(higherType({ kind: 'int' }, { kind: 'varchar', length: 10 }).kind, 'int');
  assert.equal(higherType({ kind: 'uniqueidentifier' }, { kind: 'nvarchar', length: 10 }).kind, 'uniqueidentifier');
  assert.deepEqual(higherType({ kind: 'varchar', length: 10 }, { kind: 'nvarchar', length: 5 }), { kind: 'nvarchar', length: 10 });
  assert.equal(typeDisplay(resultTypeOf([type('int'), type('decimal(5,2)')])), 'decimal(12,2)');
  assert.equal(typeDisplay(resultTypeOf([type('date'), type('datetime')])), 'datetime');
  assert.equal(typeDisplay(resultTypeOf([type('varchar(10)'), type('varchar(20)'), type('char(5)')])), 'varchar(20)');
});

test('decimal result precision and scale', () => {
  assert.deepEqual(decimalResultType('+', { precision: 5, scale: 2 }, { precision: 7, scale: 3 }), { precision: 8, scale: 3 });
  assert.deepEqual(decimalResultType('*', { precision: 5, scale: 2 }, { precision: 7, scale: 3 }), { precision: 13, scale: 5 });
  assert.deepEqual(decimalResultType('/', { precision: 5, scale: 2 }, { precision: 7, scale: 3 }), { precision: 16, scale: 10 });
  assert.deepEqual(decimalResultType('%', { precision: 5, scale: 2 }, { precision: 7, scale: 3 }), { precision: 6, scale: 3 });
  assert.deepEqual(decimalResultType('*', { precision: 38, scale: 10 }, { precision: 38, scale: 10 }), { precision: 38, scale: 6 });
  assert.deepEqual(decimalResultType('/', { precision: 38, scale: 0 }, { precision: 38, scale: 0 }), { precision: 38, scale: 6 });
  assert.deepEqual(decimalResultType('*', { precision: 20, scale: 4 }, { precision: 10, scale: 2 }), { precision: 31, scale: 6 });
});
