// Valid T-SQL that msxd does not implement is refused loudly, never skipped. SQL Server's own
// "not supported in this version" messages are used (40510 for statements, 40517 for options and
// clauses, as Azure SQL Database raises them), wrapped in NotSupportedError so callers can tell.
import { sqlError } from '../../errors/catalog';
import { NotSupportedError } from '../../errors/sql-error';
import type { Statement } from '../../tsql/ast';

const STATEMENT_NAMES: Partial<Record<Statement['kind'], string>> = {
  insert: 'INSERT', update: 'UPDATE', delete: 'DELETE', merge: 'MERGE', truncateTable: 'TRUNCATE TABLE',
  setIdentityInsert: 'SET IDENTITY_INSERT', declareCursor: 'DECLARE CURSOR', setCursorVariable: 'SET', openCursor: 'OPEN',
  fetchCursor: 'FETCH', closeCursor: 'CLOSE', deallocateCursor: 'DEALLOCATE', goto: 'GOTO', label: 'LABEL',
  waitfor: 'WAITFOR', executeAs: 'EXECUTE AS', revert: 'REVERT', createTable: 'CREATE TABLE',
  alterTable: 'ALTER TABLE', createIndex: 'CREATE INDEX', dropIndex: 'DROP INDEX', createView: 'CREATE VIEW',
  createProcedure: 'CREATE PROCEDURE', createFunction: 'CREATE FUNCTION', drop: 'DROP',
  createDatabase: 'CREATE DATABASE', alterDatabase: 'ALTER DATABASE', createLogin: 'CREATE LOGIN',
  alterLogin: 'ALTER LOGIN', createUser: 'CREATE USER', createRole: 'CREATE ROLE', alterRole: 'ALTER ROLE',
  createSchema: 'CREATE SCHEMA', grant: 'GRANT', deny: 'DENY', revoke: 'REVOKE',
  createCredential: 'CREATE CREDENTIAL', dbcc: 'DBCC', simpleCommand: 'CHECKPOINT', kill: 'KILL',
  updateStatistics: 'UPDATE STATISTICS', alterIndex: 'ALTER INDEX',
};

function wrap(e: ReturnType<typeof sqlError>): NotSupportedError {
  return new NotSupportedError(e.number, e.severity, e.state, e.message);
}

export function notSupported(stmt: Statement): never {
  const name = stmt.kind === 'simpleCommand' ? stmt.command : STATEMENT_NAMES[stmt.kind] ?? stmt.kind;
  throw wrap(sqlError(40510, name));
}

/** 40510 for a statement form the kind alone does not name (BACKUP LOG, RESTORE LOG) */
export function notSupportedStatement(name: string): NotSupportedError {
  return wrap(sqlError(40510, name));
}

export function notSupportedExpression(what: string): NotSupportedError {
  return wrap(sqlError(40517, what));
}
