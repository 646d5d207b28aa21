// DBCC CHECKDB [ ( 'db' | db_id | 0 [ , NOINDEX ] ) ] [ WITH NO_INFOMSGS, ALL_ERRORMSGS, ... ] and
// DBCC CHECKTABLE ( 'table' [ , NOINDEX ] ) [ WITH ... ] ("DBCC CHECKDB (Transact-SQL)"): SQLite's
// integrity check of the database file (every b-tree, the free list, every index against its
// table) through the store (checkIntegrity). Reported as SQL Server does: 2536 "DBCC results for"
// and 2593 rows/pages per user table, 8989 (8990 per table for CHECKTABLE) with the counts, then
// 2528. Each problem SQLite names becomes one consistency error 8939 (severity 16: "Test (<what
// SQLite found>) failed", the page when SQLite names one) and the summary adds 8958
// (repair_allow_data_loss: msxd cannot repair, RESTORE is the way). Repair options and the
// commands' other arguments are 40517. sysadmin or db_owner, else 7983.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import { checkIntegrity, isCorruption, objectPageCount, quoteIdent, sqliteTableName, type SessionStorage } from '../../store/index';
import type { DbccStatement } from '../../tsql/ast';
import { parseNameText } from '../catalog/object-name-text';
import type { Scope } from '../interpreter/scope';
import { databaseSecurity } from '../security/security-context';
import { isDbOwner } from '../security/require-permission';
import { argValue, databaseArg, dbccCompleted, dbccInfo, onlyOptions, quiet, storageOf } from './dbcc-common';
import { notSupportedExpression } from './not-supported';

const CHECK_OPTIONS = [
  'NO_INFOMSGS', 'ALL_ERRORMSGS', 'EXTENDED_LOGICAL_CHECKS', 'TABLOCK', 'PHYSICAL_ONLY', 'DATA_PURITY', 'ESTIMATEONLY',
] as const;

interface UserTable { readonly objectId: number; readonly schema: string; readonly name: string }

export function checkDb(stmt: DbccStatement, scope: Scope): void {
  if (stmt.args.length > 2) throw sqlError(2583);
  onlyOptions(stmt, CHECK_OPTIONS);
  noRepair(stmt, scope);
  const db = databaseArg(stmt.args[0], scope);
  requireOwner(scope, stmt.command, db.name);
  const s = storageOf(scope);
  s.ensureAttached([db.name]);
  const problems = checkIntegrity(s, db.name);
  if (!quiet(stmt)) {
    dbccInfo(scope, stmt, 2536, db.name);
    for (const t of userTables(s, db.name)) tableFacts(scope, stmt, s, db.name, t);
  }
  reportProblems(scope, stmt, problems, 0);
  if (!quiet(stmt) || problems.length > 0) dbccInfo(scope, stmt, 8989, 'CHECKDB', 0, problems.length, db.name);
  if (problems.length > 0) dbccInfo(scope, stmt, 8958, 'repair_allow_data_loss', 'CHECKDB', db.name, '', '');
  dbccCompleted(scope, stmt);
}

export function checkTable(stmt: DbccStatement, scope: Scope): void {
  if (stmt.args.length < 1 || stmt.args.length > 2) throw sqlError(2583);
  onlyOptions(stmt, CHECK_OPTIONS);
  noRepair(stmt, scope);
  const text = String(argValue(stmt.args[0]!, scope) ?? '');
  const parts = parseNameText(text);
  const database = parts?.database ?? scope.session.database;
  if (!parts || !scope.engine.store.getDatabase(database)) throw sqlError(2501, text);
  requireOwner(scope, stmt.command, database);
  const s = storageOf(scope);
  s.ensureAttached([database]);
  const table = userTables(s, database).find((t) => sameName(t.name, parts.name) && sameName(t.schema, parts.schema ?? 'dbo'));
  if (!table) throw sqlError(2501, text);
  const problems = checkIntegrity(s, database, sqliteTableName(table.schema, table.name));
  if (!quiet(stmt)) tableFacts(scope, stmt, s, database, table);
  reportProblems(scope, stmt, problems, table.objectId);
  if (!quiet(stmt) || problems.length > 0) {
    dbccInfo(scope, stmt, 8990, 'CHECKTABLE', 0, problems.length, `${table.schema}.${table.name}`, table.objectId);
  }
  if (problems.length > 0) dbccInfo(scope, stmt, 8958, 'repair_allow_data_loss', 'CHECKTABLE', database, '.', `${table.schema}.${table.name}`);
  dbccCompleted(scope, stmt);
}

/** REPAIR_* and the other second arguments: msxd only checks (NOINDEX is accepted: SQLite checks indexes anyway) */
function noRepair(stmt: DbccStatement, scope: Scope): void {
  const second = stmt.args[1];
  if (second === undefined) return;
  const word = String(argValue(second, scope) ?? '').toUpperCase();
  if (word !== 'NOINDEX') throw notSupportedExpression(word);
}

function requireOwner(scope: Scope, command: string, database: string): void {
  if (isDbOwner(scope, database)) return;
  const user = databaseSecurity(scope, database).userName ?? scope.session.login.loginName;
  throw sqlError(7983, user, command, database);
}

function tableFacts(scope: Scope, stmt: DbccStatement, s: SessionStorage, database: string, t: UserTable): void {
  const full = `${t.schema}.${t.name}`;
  const sqliteName = sqliteTableName(t.schema, t.name);
  dbccInfo(scope, stmt, 2536, full);
  try {
    const rows = Number(s.get<{ n: number }>(`SELECT count(*) AS n FROM ${s.sqliteSchema(database)}.${quoteIdent(sqliteName)}`)?.n ?? 0);
    dbccInfo(scope, stmt, 2593, rows, objectPageCount(s, database, sqliteName), full);
  } catch (e) {
    // a table SQLite cannot read has no count: its errors are the check's (8939)
    if (!isCorruption(e)) throw e;
  }
}

/** one 8939 per problem line SQLite reported */
function reportProblems(scope: Scope, stmt: DbccStatement, problems: readonly string[], objectId: number): void {
  for (const p of problems) {
    const page = /page (\d+)/i.exec(p)?.[1] ?? '0';
    const e = sqlError(8939, objectId, 0, 0, 0, 'In-row data', `(1:${page})`, p, 0, 0);
    scope.run.sink.message(new SqlError(e.number, e.severity, e.state, e.message, scope.frame.procName, stmt.line));
  }
  if (problems.length > 0) scope.session.lastError = 8939;
}

function userTables(s: SessionStorage, database: string): UserTable[] {
  const db = s.sqliteSchema(database);
  return s.all<{ object_id: number; schema_name: string; name: string }>(`SELECT o.object_id, sc.name AS schema_name, o.name
    FROM ${db}.__msxd_objects o JOIN ${db}.__msxd_schemas sc ON sc.schema_id = o.schema_id
    WHERE o.type = 'U' ORDER BY o.object_id`).map((r) => ({ objectId: r.object_id, schema: r.schema_name, name: r.name }));
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { sensitivity: 'accent' }) === 0;
}
