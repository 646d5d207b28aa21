// DBCC OPENTRAN [ ( 'db' | db_id | 0 ) ] [ WITH TABLERESULTS [, NO_INFOMSGS] ] and DBCC USEROPTIONS
// [ WITH NO_INFOMSGS ] ("DBCC OPENTRAN (Transact-SQL)", "DBCC USEROPTIONS (Transact-SQL)").
// OPENTRAN: the oldest open transaction among the sessions whose current database is the
// database (msxd does not track which databases a transaction has written: SQLite's write lock
// covers every attached database), printed as SQL Server's messages 7968, 7970-7978 (or the
// TABLERESULTS rows), else 7969 "No active open transactions."; msxd has no LSNs, so the LSN line
// and OLDACT_LSN are left out. sysadmin or db_owner, else 7983.
// USEROPTIONS: the session's SET options as SQL Server lists them (Set Option / Value): the
// valued ones, then every ON option as 'SET', then the isolation level.
import { sqlError } from '../../errors/catalog';
import type { DbccStatement } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import type { ResultColumn } from '../result-sink';
import { isDbOwner } from '../security/require-permission';
import { databaseSecurity } from '../security/security-context';
import { liveSessions } from '../security/session-registry';
import { isOn, type BooleanOption } from '../session/set-options';
import type { SessionState } from '../session/session-state';
import { databaseArg, dbccCompleted, dbccInfo, onlyOptions, quiet, sendRows } from './dbcc-common';

const NAME_VALUE = (name: string, value: string): readonly ResultColumn[] => [
  { name, type: { kind: 'nvarchar', length: 128 }, nullable: true },
  { name: value, type: { kind: 'nvarchar', length: 128 }, nullable: true },
];

export function openTran(stmt: DbccStatement, scope: Scope): void {
  if (stmt.args.length > 1) throw sqlError(2583);
  onlyOptions(stmt, ['TABLERESULTS', 'NO_INFOMSGS']);
  const db = databaseArg(stmt.args[0], scope);
  if (!isDbOwner(scope, db.name)) {
    throw sqlError(7983, databaseSecurity(scope, db.name).userName ?? scope.session.login.loginName, 'OPENTRAN', db.name);
  }
  const oldest = liveSessions(scope.engine)
    .filter((s) => s.transactions.openedTransaction !== undefined && s.database.toLowerCase() === db.name.toLowerCase())
    .sort((a, b) => a.transactions.openedTransaction!.startedAt.getTime() - b.transactions.openedTransaction!.startedAt.getTime())[0];
  if (!oldest) {
    // sys.messages has 7969 at severity 16: NO_INFOMSGS and TABLERESULTS do not silence it
    dbccInfo(scope, stmt, 7969);
    dbccCompleted(scope, stmt);
    return;
  }
  const facts = oldestFacts(scope, oldest);
  if (stmt.options.includes('TABLERESULTS')) {
    sendRows(scope, NAME_VALUE('ResultPropertyName', 'ResultPropertyValue'), [
      ['OLDACT_SPID', String(facts.spid)], ['OLDACT_UID', String(facts.uid)], ['OLDACT_NAME', facts.name],
      ['OLDACT_STARTTIME', facts.start], ['OLDACT_SID', facts.sid],
    ]);
  } else {
    dbccInfo(scope, stmt, 7968, db.name);
    dbccInfo(scope, stmt, 7970, '\n');
    dbccInfo(scope, stmt, 7971, facts.spid, '');
    dbccInfo(scope, stmt, 7972, facts.uid);
    dbccInfo(scope, stmt, 7974, facts.name);
    dbccInfo(scope, stmt, 7977, facts.start);
    dbccInfo(scope, stmt, 7978, facts.sid);
  }
  dbccCompleted(scope, stmt);
}

function oldestFacts(scope: Scope, s: SessionState): { spid: number; uid: number; name: string; start: string; sid: string } {
  const open = s.transactions.openedTransaction!;
  const login = scope.engine.store.listLogins().find((l) => l.name.toLowerCase() === s.originalLogin.loginName.toLowerCase());
  return {
    spid: s.originalLogin.spid,
    // SQL Server shows -1: the user id is no longer recorded in the log record
    uid: -1,
    name: open.name === '' ? 'user_transaction' : open.name,
    start: style109(open.startedAt),
    sid: login ? `0x${login.sid.toString('hex')}` : '0x',
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** CONVERT style 109 (mon dd yyyy hh:mi:ss:mmmAM), local time, as OPENTRAN prints its start time */
function style109(d: Date): string {
  const h = d.getHours() % 12 === 0 ? 12 : d.getHours() % 12;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${MONTHS[d.getMonth()]} ${String(d.getDate()).padStart(2)} ${d.getFullYear()} ${String(h).padStart(2)}:${two(d.getMinutes())}:` +
    `${two(d.getSeconds())}:${String(d.getMilliseconds()).padStart(3, '0')}${d.getHours() < 12 ? 'AM' : 'PM'}`;
}

const LISTED_ON: readonly [string, BooleanOption][] = [
  ['quoted_identifier', 'QUOTED_IDENTIFIER'], ['arithabort', 'ARITHABORT'], ['arithignore', 'ARITHIGNORE'],
  ['ansi_null_dflt_on', 'ANSI_NULL_DFLT_ON'], ['ansi_null_dflt_off', 'ANSI_NULL_DFLT_OFF'], ['ansi_warnings', 'ANSI_WARNINGS'],
  ['ansi_padding', 'ANSI_PADDING'], ['ansi_nulls', 'ANSI_NULLS'], ['concat_null_yields_null', 'CONCAT_NULL_YIELDS_NULL'],
  ['numeric_roundabort', 'NUMERIC_ROUNDABORT'], ['xact_abort', 'XACT_ABORT'], ['implicit_transactions', 'IMPLICIT_TRANSACTIONS'],
  ['cursor_close_on_commit', 'CURSOR_CLOSE_ON_COMMIT'], ['nocount', 'NOCOUNT'],
];

export function userOptions(stmt: DbccStatement, scope: Scope): void {
  if (stmt.args.length > 0) throw sqlError(2583);
  onlyOptions(stmt, ['NO_INFOMSGS']);
  const o = scope.session.options;
  const rows: string[][] = [
    ['textsize', String(o.textSize)], ['language', o.language], ['dateformat', o.dateFormat],
    ['datefirst', String(o.dateFirst)], ['lock_timeout', String(o.lockTimeout)],
  ];
  for (const [name, bit] of LISTED_ON) if (isOn(o, bit)) rows.push([name, 'SET']);
  rows.push(['isolation level', o.isolationLevel.toLowerCase()]);
  sendRows(scope, NAME_VALUE('Set Option', 'Value'), rows);
  if (!quiet(stmt)) dbccInfo(scope, stmt, 2528);
}
