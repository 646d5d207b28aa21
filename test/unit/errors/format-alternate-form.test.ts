// RAISERROR's '#' flag: "used with the o, x, or X format, the # flag prefixes any nonzero value
// with 0, 0x, or 0X" (RAISERROR (Transact-SQL), flag table), as message 15404's %#lx needs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMessage, sqlError } from '../../../src/errors/catalog';

test("'#' prefixes nonzero octal and hex values, and leaves zero alone", () => {
  assert.equal(formatMessage('%#x %#X %#o %#lx %x %#x', [255, 255, 8, 0x534, 255, 0]), '0xff 0XFF 010 0x534 ff 0');
});

test('15404 shows the Win32 error code in hex', () => {
  assert.equal(sqlError(15404, 'CONTOSO\\ann', 0x534).message,
    "Could not obtain information about Windows NT group/user 'CONTOSO\\ann', error code 0x534.");
});
