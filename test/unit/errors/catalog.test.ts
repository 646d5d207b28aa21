import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, sqlError } from '../../../src/errors/catalog';

test('%S_MSG takes the word the raiser passes, like %s', () => {
  assert.equal(formatMessage("Cannot %S_MSG the %S_MSG '%.*ls'.", ['drop', 'schema', 3, 'dbo']), "Cannot drop the schema 'dbo'.");
  assert.equal(sqlError(3701, 'drop', 'table', 'dbo.t').message,
    "Cannot drop the table 'dbo.t', because it does not exist or you do not have permission.");
  assert.equal(sqlError(195, 'foo', 'built-in function name').message, "'foo' is not a recognized built-in function name.");
});

test('trailing %.*ls slots the raiser leaves out format as nothing (18456 carries two for the error log)', () => {
  assert.equal(sqlError(18456, 'sa').message, "Login failed for user 'sa'.");
  assert.equal(sqlError(18470, 'bob').message, "Login failed for user 'bob'. Reason: The account is disabled.");
});

test('sys.messages placeholders in the order SQL Server has them (8107: database.schema.table)', () => {
  assert.equal(sqlError(8107, 'db', 'dbo', 't1', 't2').message,
    "IDENTITY_INSERT is already ON for table 'db.dbo.t1'. Cannot perform SET operation for table 't2'.");
  assert.equal(sqlError(8120, 't', 'b').message,
    "Column 't.b' is invalid in the select list because it is not contained in either an aggregate function or the GROUP BY clause.");
});

test('535 names the function twice (sys.messages of SQL Server 2019 has %.*ls for it)', () => {
  assert.equal(sqlError(535, 'datediff', 'datediff').message,
    'The datediff function resulted in an overflow. The number of dateparts separating two date/time instances is too large. Try to use datediff with a less precise datepart.');
});
