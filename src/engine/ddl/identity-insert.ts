// SET IDENTITY_INSERT state: at most one table per session has it ON (8107). The DML engine asks
// `identityInsertOn(session, table)` before accepting explicit values for an identity column.
import { ciKey } from '../../store/index';
import type { SessionState } from '../session/session-state';

export interface IdentityInsertTable {
  readonly database: string;
  readonly schema: string;
  readonly name: string;
}

const state = new WeakMap<SessionState, IdentityInsertTable>();

function same(a: IdentityInsertTable, b: IdentityInsertTable): boolean {
  return ciKey(a.database) === ciKey(b.database) && ciKey(a.schema) === ciKey(b.schema) && ciKey(a.name) === ciKey(b.name);
}

export function identityInsertTable(session: SessionState): IdentityInsertTable | undefined {
  return state.get(session);
}

/** `table` as the DML engine's WritableTable names it (database, schema, name). */
export function identityInsertOn(session: SessionState, table: IdentityInsertTable): boolean {
  const on = state.get(session);
  return on !== undefined && same(on, table);
}

export function setIdentityInsert(session: SessionState, table: IdentityInsertTable, on: boolean): void {
  if (on) state.set(session, table);
  else if (identityInsertOn(session, table)) state.delete(session);
}

/** DROP TABLE forgets the setting with the table. */
export function clearIdentityInsert(session: SessionState, table: IdentityInsertTable): void {
  if (identityInsertOn(session, table)) state.delete(session);
}
