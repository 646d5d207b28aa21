// A statement prepared by sp_prepare / sp_prepexec: its text and parameter declarations, kept per
// session under an int handle until sp_unprepare (or RESETCONNECTION).
import type { RoutineParam } from '../../tsql/ast';

export interface PreparedStatement {
  readonly text: string;
  readonly declarations: string;
  readonly params: readonly RoutineParam[];
}
