// Literal nodes to typed values; the typing rules live in types/literals.ts.
import type { Literal } from '../../tsql/ast';
import {
  binaryLiteral, decimalLiteral, floatLiteral, integerLiteral, moneyLiteral, stringLiteral,
} from '../../types/literals';
import type { Typed } from '../../types/typed-value';

// ASTs come from the parse cache and are immutable, so a literal node always yields the same
// value: it is computed once per node (a repeated `SELECT 1` no longer parses "1" as a BigInt
// twice per execution), and its type is the same object each time, so a result set of literals
// describes equal columns and the connection reuses its COLMETADATA bytes. Binary literals are
// left out: their value is a Buffer, which is mutable.
const values = new WeakMap<Literal, Typed>();

export function literalValue(lit: Literal): Typed {
  const known = values.get(lit);
  if (known !== undefined) return known;
  const value = computeLiteral(lit);
  if (lit.form !== 'binary') values.set(lit, value);
  return value;
}

/** A literal's typed value, not kept: for literal nodes made per request (engine/parameterize). */
export function computeLiteral(lit: Literal): Typed {
  switch (lit.form) {
    case 'integer': return integerLiteral(lit.text);
    case 'decimal': return decimalLiteral(lit.text);
    case 'float': return floatLiteral(lit.text);
    case 'money': return moneyLiteral(lit.text);
    case 'string': return stringLiteral(lit.text, lit.unicode);
    case 'binary': return binaryLiteral(lit.text);
    default: {
      const never: never = lit.form;
      throw new Error(`unknown literal form ${String(never)}`);
    }
  }
}
