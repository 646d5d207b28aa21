// Syntax errors as SQL Server reports them: 102 "Incorrect syntax near 'x'." or 156 "... near the
// keyword 'x'." at the offending token's line. At the end of the batch SQL Server names the
// last token. Some errors come in pairs (105 unclosed quote then 102); the extra ones ride along
// in a side table so SqlError itself stays the shared contract.
import { sqlError } from '../errors/catalog';
import type { SqlError } from '../errors/sql-error';
import { TokenType, type Token } from './lexer';

const relatedErrors = new WeakMap<SqlError, readonly SqlError[]>();

export function withLine(e: SqlError, line: number): SqlError {
  e.lineNumber = line;
  return e;
}

export function withRelated(e: SqlError, related: readonly SqlError[]): SqlError {
  relatedErrors.set(e, related);
  return e;
}

/** Errors SQL Server sends right after `e` for the same fault (empty for most). */
export function followingErrors(e: SqlError): readonly SqlError[] {
  return relatedErrors.get(e) ?? [];
}

/** The text SQL Server quotes for a token: identifiers and strings without their delimiters. */
export function tokenText(t: Token): string {
  return t.value;
}

/** 102/156 at `t`; at end of input, at `last` (the batch's final token). */
export function syntaxErrorAt(t: Token, last: Token | undefined): SqlError {
  const at = t.type === TokenType.Eof && last ? last : t;
  if (at.type === TokenType.Eof) return withLine(sqlError(102, ''), at.line);
  return withLine(sqlError(at.keyword ? 156 : 102, tokenText(at)), at.line);
}
