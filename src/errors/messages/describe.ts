import type { MessageDef } from '../message-def';

// Metadata discovery: sp_describe_first_result_set, sys.dm_exec_describe_first_result_set and
// sp_describe_undeclared_parameters (SQL Server's 11500-11599 range).
export const describeMessages: Record<number, MessageDef> = {
  11501: { severity: 16, text: 'The batch could not be analyzed because of compile errors.' },
  11502: { severity: 16, text: "The type for parameter '%.*ls' cannot be deduced in this context." },
  11503: { severity: 16, text: "The parameter type cannot be deduced because a single expression contains two untyped parameters, '%.*ls' and '%.*ls'." },
  11507: { severity: 16, text: "The parameter type for '%.*ls' cannot be deduced because no type would make the query valid." },
  11508: { severity: 16, text: "The undeclared parameter '%.*ls' is used more than once in the batch being analyzed." },
  11509: { severity: 16, text: "The metadata could not be determined because the statement '%.*ls' is not compatible with the statement '%.*ls'." },
  11513: { severity: 16, text: "The metadata could not be determined because statement '%.*ls' contains dynamic SQL. Consider using the WITH RESULT SETS clause to explicitly describe the result set." },
  11514: { severity: 16, text: "The metadata could not be determined because statement '%.*ls' in procedure '%.*ls' contains dynamic SQL. Consider using the WITH RESULT SETS clause to explicitly describe the result set." },
  11523: { severity: 16, text: "The metadata could not be determined because statement '%.*ls' causes indirect recursion." },
  11524: { severity: 16, text: "The metadata could not be determined because statement '%.*ls' in procedure '%.*ls' causes indirect recursion." },
  11525: { severity: 16, text: "The metadata could not be determined because statement '%.*ls' uses a temp table. Metadata discovery only supports temp tables when analyzing a single-statement batch." },
  11526: { severity: 16, text: "The metadata could not be determined because statement '%.*ls' in procedure '%.*ls' uses a temp table." },
  11529: { severity: 16, text: 'The metadata could not be determined because every code path results in an error; see previous errors for some of these.' },
  11552: { severity: 16, text: 'The @browse_information_mode parameter expects a tinyint with values 0, 1 or 2.' },
};
