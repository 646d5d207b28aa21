// Built-in table-valued functions computed in TypeScript (sys.dm_exec_sql_text,
// sys.dm_exec_input_buffer). SQLite has no LATERAL join, so a function is not called per row:
// it lists every row it could return, each led by the argument values that select it, and the
// query joins that table on its arguments (sql/system-function-source.ts). CROSS APPLY
// sys.dm_exec_sql_text(r.sql_handle) is then a join on the handle.
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import type { ViewColumn } from './system-view';

export interface SystemFunctionParam {
  readonly name: string;
  readonly type: SqlType;
  /** a NULL argument selects every row (sys.dm_exec_input_buffer's request_id) */
  readonly nullMatchesAll?: true;
}

export interface SystemFunctionRow {
  /** the argument values that return this row, one per parameter */
  readonly key: readonly SqlValue[];
  readonly values: readonly SqlValue[];
}

export interface SystemFunction {
  /** schema-qualified lower-case name, e.g. 'sys.dm_exec_sql_text' */
  readonly name: string;
  readonly params: readonly SystemFunctionParam[];
  readonly columns: readonly ViewColumn[];
  /** every row any argument could return; may refuse (permissions) by throwing */
  rows(scope: Scope): Iterable<SystemFunctionRow>;
}
