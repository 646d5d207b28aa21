// DBCC SQLPERF ('sys.dm_os_wait_stats', CLEAR) [WITH NO_INFOMSGS] ("DBCC SQLPERF (Transact-SQL)",
// "sys.dm_os_wait_stats": "resets the wait statistics"): zeroes the node's wait counters, then
// message 2528. Requires ALTER SERVER STATE, which msxd has only for sysadmins. The other forms
// (LOGSPACE, the latch and spinlock statistics msxd does not keep) stay 40510.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { DbccStatement, Expr } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { requireServerState } from '../system-views/dm-server-services';
import { notSupported } from './not-supported';

const WAIT_STATS = 'sys.dm_os_wait_stats';

export function executeSqlPerf(stmt: DbccStatement, scope: Scope): void {
  const [target, action] = stmt.args;
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
