import type { MessageDef } from '../message-def';

// Messages raised by the T-SQL front end (src/tsql): lexing, parsing, type declarations.
// 102 and 156 (the two "Incorrect syntax" messages) live in core.ts. Texts as in sys.messages;
// SQL Server's %S_MSG placeholders are written %ls and filled by the caller.
export const tsqlMessages: Record<number, MessageDef> = {
  103: { severity: 15, text: "The %S_MSG that starts with '%.*ls' is too long. Maximum length is %d." },
  105: { severity: 15, text: "Unclosed quotation mark after the character string '%.*ls'." },
  111: { severity: 15, text: "'%ls' must be the first statement in a query batch." },
  113: { severity: 15, text: "Missing end comment mark '*/'." },
  131: { severity: 15, text: "The size (%d) given to the %S_MSG '%.*ls' exceeds the maximum allowed for any data type (%d)." },
  191: { severity: 15, text: 'Some part of your SQL statement is nested too deeply. Rewrite the query or break it up into smaller queries.' },
  183: { severity: 15, text: "The scale (%d) for column '%.*ls' must be within the range %d to %d." },
  319: { severity: 16, text: "Incorrect syntax near the keyword 'with'. If this statement is a common table expression, an xmlnamespaces clause or a change tracking context clause, the previous statement must be terminated with a semicolon." },
  1001: { severity: 15, text: 'Line %d: Length or precision specification %d is invalid.' },
  1007: { severity: 15, text: "The %S_MSG '%.*ls' is out of the range for numeric representation (maximum precision 38)." },
  1038: { severity: 15, text: 'An object or column name is missing or empty. For SELECT INTO statements, verify each column has a name. For other statements, look for empty alias names. Aliases defined as "" or [] are not allowed. Change the alias to a valid name.' },
  2716: { severity: 16, text: 'Column, parameter, or variable #%d: Cannot specify a column width on data type %.*ls.' },
  2750: { severity: 16, text: 'Column or parameter #%d: Specified column precision %d is greater than the maximum precision of %d.' },
  10713: { severity: 15, text: 'A MERGE statement must be terminated by a semi-colon (;).' },
};
