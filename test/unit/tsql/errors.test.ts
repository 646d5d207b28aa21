import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatch } from '../../../src/tsql/parse';
import { syntaxError } from './helpers';

test('keyword at the error point is 156, anything else 102', () => {
  syntaxError('SELECT * FROM WHERE a = 1', 156, "Incorrect syntax near the keyword 'WHERE'.");
  syntaxError('SELECT a b c FROM t', 102, "Incorrect syntax near 'c'.");
  // KILL takes a constant session id or UOW, never a variable or an expression
  syntaxError('DECLARE @s int = 60; KILL @s', 102, "Incorrect syntax near '@s'.");
  syntaxError('KILL 60 STATUSONLY', 102, "Incorrect syntax near 'STATUSONLY'.");
  syntaxError('select * from t order a', 102, "Incorrect syntax near 'a'.");
});

test('the offending text is quoted as written, without delimiters', () => {
  syntaxError('select 1 from', 156, "Incorrect syntax near the keyword 'from'.");
  syntaxError("SELECT 'a' 'b' 'c'", 102, "Incorrect syntax near 'c'.");
  syntaxError('SELECT 1 [x y] z', 102, "Incorrect syntax near 'z'.");
});

test('at the end of the batch SQL Server names the last token', () => {
  syntaxError('SELECT 1 +', 102, "Incorrect syntax near '+'.");
  syntaxError('SELECT * FROM', 156, "Incorrect syntax near the keyword 'FROM'.");
  syntaxError('BEGIN SELECT 1', 102, "Incorrect syntax near '1'.");
  syntaxError('IF 1 = 1', 102, "Incorrect syntax near '1'.");
  syntaxError('CREATE TABLE t (a int', 102, "Incorrect syntax near 'int'.");
});

test('line numbers point at the offending token', () => {
  syntaxError('SELECT 1\n-- comment\nSELECT * FROM\n\n', 156, "Incorrect syntax near the keyword 'FROM'.", 3);
  syntaxError('SELECT 1\nSELECT 2\nSELECT 3 = 3', 102, "Incorrect syntax near '='.", 3);
  syntaxError("PRINT 'a\nb'\nSELECT )", 102, "Incorrect syntax near ')'.", 3);
});

test('a value where a condition belongs is 4145; a condition where a value belongs is 102', () => {
  syntaxError('SELECT * FROM t WHERE 1', 4145, "An expression of non-boolean type specified in a context where a condition is expected, near '1'.");
  syntaxError('IF @x PRINT 1', 4145, "An expression of non-boolean type specified in a context where a condition is expected, near 'PRINT'.");
  syntaxError('SELECT 1 = 1', 102, "Incorrect syntax near '='.");
});

test('unclosed quotation mark is 105', () => {
  syntaxError("SELECT 'abc", 105, "Unclosed quotation mark after the character string 'abc'.");
});

test('CTE after an unterminated statement is 319', () => {
  syntaxError('SELECT 1\nWITH c AS (SELECT 1 AS a) SELECT * FROM c', 319,
    "Incorrect syntax near the keyword 'with'. If this statement is a common table expression, an xmlnamespaces clause or a change tracking context clause, the previous statement must be terminated with a semicolon.", 2);
  assert.equal(parseBatch('SELECT 1;\nWITH c AS (SELECT 1 AS a) SELECT * FROM c').statements.length, 2);
});

test('MERGE must end with a semicolon (10713)', () => {
  syntaxError('MERGE t USING s ON t.a = s.a WHEN MATCHED THEN DELETE', 10713, 'A MERGE statement must be terminated by a semi-colon (;).');
});

test('CREATE VIEW/PROCEDURE/FUNCTION must start the batch (111)', () => {
  syntaxError('SELECT 1\nCREATE PROCEDURE p AS SELECT 1', 111, "'CREATE/ALTER PROCEDURE' must be the first statement in a query batch.", 2);
  syntaxError('SELECT 1; CREATE VIEW v AS SELECT 1 AS a', 111, "'CREATE VIEW' must be the first statement in a query batch.");
  syntaxError('SET NOCOUNT ON; CREATE FUNCTION f() RETURNS int AS BEGIN RETURN 1 END', 111, "'CREATE FUNCTION' must be the first statement in a query batch.");
});

test('empty BEGIN...END and unknown statements are syntax errors', () => {
  syntaxError('BEGIN END', 156, "Incorrect syntax near the keyword 'END'.");
  syntaxError('SELECT 1 FOO BAR', 102, "Incorrect syntax near 'BAR'.");
  syntaxError('SET FOO ON', 102, "Incorrect syntax near 'FOO'.");
});

test('declared type errors', () => {
  syntaxError('DECLARE @v varchar(9000)', 131, "The size (9000) given to the type 'varchar' exceeds the maximum allowed for any data type (8000).");
  syntaxError('DECLARE @v nvarchar(4001)', 131, "The size (4001) given to the type 'nvarchar' exceeds the maximum allowed for any data type (4000).");
  syntaxError('DECLARE @v int(4)', 2716, 'Column, parameter, or variable #1: Cannot specify a column width on data type int.');
  syntaxError('DECLARE @v decimal(39, 2)', 2750, 'Column or parameter #1: Specified column precision 39 is greater than the maximum precision of 38.');
});

test('empty quoted identifiers are 1038', () => {
  assert.throws(() => parseBatch('SELECT 1 AS []'), (e: { number: number }) => e.number === 1038);
});

test('GO is not T-SQL: as a first statement it is a procedure call, later a syntax error', () => {
  const b = parseBatch('GO');
  assert.equal(b.statements[0]?.kind, 'exec');
  syntaxError('SELECT 1;\nGO', 102, "Incorrect syntax near 'GO'.", 2);
});
