// The T-SQL syntax tree: the single source of truth shared by the parser, the printer and the
// engine. Every node is a member of a discriminated union on `kind`; every statement and
// expression carries the 1-based `line` of its first token (SQL Server reports errors by line).
//
// Conventions:
// - Identifiers are stored unquoted ([a]]b] -> "a]b"), in the case the user wrote them; the engine
//   compares them case-insensitively. Variable names keep their '@' ('@x'), globals their '@@'
//   and are upper-cased ('@@ROWCOUNT').
// - Keyword-ish words (option names, hints, permission names) are upper-cased.
// - Literals keep their source text; types/literals.ts assigns their SQL type and value, so the
//   rules for "2147483648 is numeric(10,0)" live in one place.
// - Declared data types are resolved to SqlType by the parser (sysname -> nvarchar(128));
//   names it does not know become a UserTypeRef for the engine to resolve or reject.
// - Additions are fine; renames are not (the engine codes against these names).
// - The node types live in ast/*.ts, one file per statement family; import them from here.

export type * from './ast/names';
export type * from './ast/expressions';
export type * from './ast/queries';
export type * from './ast/dml';
export type * from './ast/bulk';
export type * from './ast/variables';
export type * from './ast/control-flow';
export type * from './ast/transactions';
export type * from './ast/exec';
export type * from './ast/ddl';
export type * from './ast/security';
export type * from './ast/utilities';
export type * from './ast/backup';
export type * from './ast/statement';
