// DBCC SQLPERF ('sys.dm_os_wait_stats', CLEAR) [WITH NO_INFOMSGS] ("DBCC SQLPERF (Transact-SQL)",
// "sys.dm_os_wait_stats": "resets the wait statistics"): zeroes the node's wait counters, then
// message 2528. Requires ALTER SERVER STATE, which msxd has only for sysadmins.
// DBCC SQLPERF (LOGSPACE): one row per database, Database Name, Log Size (MB), Log Space Used (%),
// Status (0): the log is the database file's WAL, its size the -wal file's, the used share the
// frames a checkpoint has not yet copied into the database (store walFacts). VIEW SERVER
// PERFORMANCE STATE (SQL Server 2022; sysadmin in msxd). The latch and spinlock statistics msxd
// does not keep stay 40510.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { DbccStatement, Expr } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { requireServerState } from '../system-views/dm-server-services';
import { walFacts } from '../../store/index';
import type { ResultColumn } from '../result-sink';
import { sendRows } from './dbcc-common';
import { notSupported } from './not-supported';

const LOGSPACE_COLUMNS: readonly ResultColumn[] = [
  { name: 'Database Name', type: { kind: 'nvarchar', length: 128 }, nullable: true },
  { name: 'Log Size (MB)', type: { kind: 'real' }, nullable: true },
  { name: 'Log Space Used (%)', type: { kind: 'real' }, nullable: true },
  { name: 'Status', type: { kind: 'int' }, nullable: true },
];
const MB = 1_048_576;

const WAIT_STATS = 'sys.dm_os_wait_stats';

export function executeSqlPerf(stmt: DbccStatement, scope: Scope): void {
  const [target, action] = stmt.args;
  if (stmt.args.length === 1 && isWord(target, 'LOGSPACE')) return logSpace(stmt, scope);
  if (stmt.args.length !== 2 || !isWord(target, WAIT_STATS) || !isWord(action, 'CLEAR')) return notSupported(stmt);
  if (stmt.options.some((o) => o !== 'NO_INFOMSGS')) throw sqlError(2532);
  requireServerState(scope, 'ALTER SERVER STATE');
  scope.engine.counters.clearWaits();
  if (stmt.options.includes('NO_INFOMSGS')) return;
  const m = sqlError(2528);
  scope.run.sink.message(new SqlError(m.number, m.severity, m.state, m.message, scope.frame.procName, stmt.line));
}

/** a string literal or bare word (the parser makes CLEAR a string), compared as SQL Server's names are */
function isWord(e: Expr | undefined, word: string): boolean {
  return e?.kind === 'literal' && e.form === 'string' && e.text.toLowerCase() === word.toLowerCase();
}

function logSpace(stmt: DbccStatement, scope: Scope): void {
  if (stmt.options.some((o) => o !== 'NO_INFOMSGS')) throw sqlError(2532);
  requireServerState(scope, 'VIEW SERVER PERFORMANCE STATE');
  const rows = scope.engine.store.listDatabases().map((d) => {
    const f = walFacts(d.file);
    return [d.name, f.walBytes / MB, f.usedPercent, 0];
  });
  sendRows(scope, LOGSPACE_COLUMNS, rows);
  if (stmt.options.includes('NO_INFOMSGS')) return;
  const m = sqlError(2528);
  scope.run.sink.message(new SqlError(m.number, m.severity, m.state, m.message, scope.frame.procName, stmt.line));
}
