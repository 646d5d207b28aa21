// What a ROLLBACK must do besides SQLite's own: keep table variables (SQL Server ignores ROLLBACK
// for them) and forget #temp tables that the rollback un-created.
import type { SessionStorage } from '../../store/api';
import type { SessionState } from '../session/session-state';
import { forgetVanishedTempTables } from './temp-tables';
import { rollbackKeepingTableVariables, tempTableExists } from './table-variables';

export function guardedRollback(session: SessionState, s: SessionStorage, rollback: () => void): void {
  rollbackKeepingTableVariables(session, s, rollback);
  forgetVanishedTempTables(session, (t) => tempTableExists(s, t));
}
