// What a ROLLBACK must do besides SQLite's own: keep table variables (SQL Server ignores ROLLBACK
// for them) and bring the #temp table registry in line with what the rollback un-created or
// un-dropped.
import type { SessionStorage } from '../../store/api';
import type { SessionState } from '../session/session-state';
import { reconcileTempTables } from './temp-tables';
import { rollbackKeepingTableVariables, tempTableExists } from './table-variables';

export function guardedRollback(session: SessionState, s: SessionStorage, rollback: () => void): void {
  rollbackKeepingTableVariables(session, s, rollback);
  reconcileTempTables(session, (t) => tempTableExists(s, t));
}
