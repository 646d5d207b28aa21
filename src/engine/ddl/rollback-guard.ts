// What a ROLLBACK must do besides SQLite's own: keep table variables (SQL Server ignores ROLLBACK
// for them) and bring the #temp table registry in line with what the rollback un-created,
// un-dropped, un-altered or un-indexed. A COMMIT makes those changes final.
import type { SessionStorage } from '../../store/api';
import type { SessionState } from '../session/session-state';
import { holdsLocalTable } from './local-table';
import { forgetSupersededTempTables, reconcileTempTables } from './temp-tables';
import { rollbackKeepingTableVariables } from './table-variables';

export function guardedRollback(session: SessionState, s: SessionStorage, rollback: () => void): void {
  rollbackKeepingTableVariables(session, s, rollback);
  reconcileTempTables(session, (version) => holdsLocalTable(s, version), s.inTransaction);
}

export function guardedCommit(session: SessionState, s: SessionStorage): void {
  s.commit();
  forgetSupersededTempTables(session);
}
