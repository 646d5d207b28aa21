// Simple parameterization, step 1: a language batch's shape. Two texts whose tokens are the same
// (as written, on the same lines) except for literals of the same type parse to the same tree but
// for those literals' values, so the shape names a tree that can serve both with the values bound
// as parameters (SQL Server's "simple parameterization" of ad hoc statements, which keeps one plan
// for `... WHERE id = 1` and `... WHERE id = 2`). Lexing is a small part of parsing and the
// translation it saves is most of a new text's cost.
import { literalNode, TokenType, type Token } from '../../tsql';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import { computeLiteral } from '../expressions/literal';

/** Longer texts (scripts, bulk INSERTs) are parsed as they are: rarely sent twice in a shape. */
const MAX_TOKENS = 400;

/** Statements whose literals may become parameters (template.ts decides which literals do). */
const FIRST_WORDS = new Set(['SELECT', 'UPDATE', 'DELETE', 'INSERT']);

export interface Shape {
  readonly key: string;
  /** the literal tokens in text order, as indexes into the token list */
  readonly literals: readonly number[];
  /** each literal token's typed value, in the same order */
  readonly values: readonly Typed[];
}

/** A token that spells a literal which may become a parameter (binary values are mutable Buffers: never). */
export function isParameterToken(t: Token): boolean {
  return t.type === TokenType.Integer || t.type === TokenType.Decimal || t.type === TokenType.Float ||
    t.type === TokenType.Money || t.type === TokenType.String;
}

/**
 * The shape of a tokenised batch, or undefined when the batch cannot be parameterized: it does not
 * start with SELECT/UPDATE/DELETE/INSERT, has no literal, or is long. A literal's place in the key
 * is its type (the parameter's declared type must equal the literal's, which decides conversions
 * and comparisons); everything else is the token as written and its line (errors report lines).
 */
export function shapeOf(tokens: readonly Token[]): Shape | undefined {
  const first = tokens[0];
  if (first === undefined || first.type !== TokenType.Word || !FIRST_WORDS.has(first.upper)) return undefined;
  if (tokens.length > MAX_TOKENS) return undefined;
  const literals: number[] = [];
  const values: Typed[] = [];
  let key = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === TokenType.Eof) break;
    if (isParameterToken(t)) {
      let typed: Typed;
      try {
        typed = computeLiteral(literalNode(t)!);
      } catch {
        return undefined; // an out-of-range constant: the parser's path raises its error
      }
      literals.push(i);
      values.push(typed);
      key += `\u0001${t.line}\u0002${typeSignature(typed.type)}`;
    } else {
      key += `\u0001${t.line}\u0003${t.type}\u0002${t.value}`;
    }
  }
  return literals.length === 0 ? undefined : { key, literals, values };
}

function typeSignature(t: SqlType): string {
  switch (t.kind) {
    case 'decimal': return `decimal(${t.precision},${t.scale})`;
    case 'char': case 'varchar': case 'nchar': case 'nvarchar': case 'binary': case 'varbinary': return `${t.kind}(${t.length})`;
    case 'time': case 'datetime2': case 'datetimeoffset': return `${t.kind}(${t.scale})`;
    default: return t.kind;
  }
}
