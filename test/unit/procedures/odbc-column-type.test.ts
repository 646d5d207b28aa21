// The ODBC numbers of typed columns and parameters (sp_sproc_columns, sp_special_columns,
// sp_columns_100) and sp_datatype_info's flavours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { odbcColumnType } from '../../../src/procedures/odbc-column-type';
import { DATATYPE_INFO, datatypeInfoRow } from '../../../src/procedures/odbc-datatype-info';

const legacy2 = { odbcVer: 2, katmai: false };
const katmai3 = { odbcVer: 3, katmai: true };

test('fixed types: int, bit, money, float', () => {
  assert.deepEqual(odbcColumnType('int', 4, 10, 0, legacy2), {
    dataType: 4, precision: 10, length: 4, scale: 0, radix: 10, sqlDataType: 4, sqlDatetimeSub: null, charOctetLength: null, ssDataType: 38,
  });
  const bit = odbcColumnType('bit', 1, 1, 0, legacy2);
  assert.deepEqual([bit.dataType, bit.precision, bit.scale, bit.radix], [-7, 1, null, null]);
  const money = odbcColumnType('money', 8, 19, 4, legacy2);
  assert.deepEqual([money.dataType, money.precision, money.length, money.scale], [3, 19, 21, 4]);
  assert.equal(odbcColumnType('float', 8, 53, 0, legacy2).precision, 15);
});

test('sized strings count characters; (max) keeps the code with the long precision', () => {
  const nv = odbcColumnType('nvarchar', 40, 0, 0, legacy2);
  assert.deepEqual([nv.dataType, nv.precision, nv.length, nv.charOctetLength], [-9, 20, 40, 40]);
  const max = odbcColumnType('nvarchar', -1, 0, 0, katmai3);
  assert.deepEqual([max.dataType, max.precision, max.length], [-9, 1073741823, 0]);
  assert.equal(odbcColumnType('varbinary', -1, 0, 0, katmai3).precision, 2147483647);
});

test('decimal: precision + 2 bytes, radix 10', () => {
  const d = odbcColumnType('decimal', 5, 9, 2, legacy2);
  assert.deepEqual([d.dataType, d.precision, d.length, d.scale, d.radix], [3, 9, 11, 2, 10]);
  assert.equal(odbcColumnType('numeric', 5, 9, 2, legacy2).dataType, 2);
});

test('datetime: SQL_TIMESTAMP 11 for ODBC 2, SQL_TYPE_TIMESTAMP 93 for ODBC 3, verbose type 9 sub 3', () => {
  const two = odbcColumnType('datetime', 8, 23, 3, legacy2);
  assert.deepEqual([two.dataType, two.sqlDataType, two.sqlDatetimeSub, two.precision, two.length, two.scale], [11, 9, 3, 23, 16, 3]);
  assert.equal(odbcColumnType('smalldatetime', 4, 16, 0, katmai3).dataType, 93);
});

test('2008 date/time types: nvarchar strings before _100, their own codes after', () => {
  const old = odbcColumnType('datetime2', 8, 27, 7, legacy2);
  assert.deepEqual([old.dataType, old.precision, old.length], [-9, 27, 54]);
  const date = odbcColumnType('date', 3, 10, 0, katmai3);
  assert.deepEqual([date.dataType, date.precision, date.length, date.scale, date.sqlDataType, date.sqlDatetimeSub], [91, 10, 6, null, 9, 1]);
  assert.equal(odbcColumnType('date', 3, 10, 0, { odbcVer: 2, katmai: true }).dataType, 9);
  const time = odbcColumnType('time', 5, 16, 7, katmai3);
  assert.deepEqual([time.dataType, time.precision, time.length, time.scale], [-154, 16, 12, 7]);
  const dto = odbcColumnType('datetimeoffset', 10, 34, 7, katmai3);
  assert.deepEqual([dto.dataType, dto.precision, dto.length, dto.sqlDataType], [-155, 34, 20, -155]);
  assert.equal(odbcColumnType('datetime2', 7, 23, 3, katmai3).precision, 23);
});

test('sp_datatype_info rows: 20 columns, codes by flavour', () => {
  const byName = (name: string) => DATATYPE_INFO.find((r) => r[0] === name);
  const date = byName('date');
  const datetime = byName('datetime');
  assert.ok(date !== undefined && datetime !== undefined);
  assert.equal(datatypeInfoRow(date, 3, true).length, 20);
  assert.deepEqual(datatypeInfoRow(date, 3, true).slice(0, 2), ['date', 91]);
  assert.deepEqual(datatypeInfoRow(date, 2, true).slice(0, 2), ['date', 9]);
  assert.deepEqual([datatypeInfoRow(date, 3, false)[1], datatypeInfoRow(date, 3, false)[15], datatypeInfoRow(date, 3, false)[16]], [-9, -9, null]);
  assert.equal(datatypeInfoRow(datetime, 2, false)[1], 11);
  assert.equal(datatypeInfoRow(datetime, 3, false)[1], 93);
  assert.equal(datatypeInfoRow(datetime, 3, true)[12], 'datetime');
});
