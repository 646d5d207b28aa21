// Built-in read-only views computed in TypeScript (dynamic management views about this node and
// session). Tables and the catalogue views arrive with the store; these answer the probes clients
// send right after login (SSMS: sys.dm_os_host_info, SqlClient: sys.dm_exec_sessions/connections).
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';

export interface ViewColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
}

export interface SystemView {
  /** schema-qualified lower-case name, e.g. 'sys.dm_os_host_info' */
  readonly name: string;
  readonly columns: readonly ViewColumn[];
  rows(scope: Scope): Iterable<readonly SqlValue[]>;
}

export const nv = (length: number): SqlType => ({ kind: 'nvarchar', length });
export const col = (name: string, type: SqlType, nullable = true): ViewColumn => ({ name, type, nullable });
