// Literal nodes to typed values; the typing rules live in types/literals.ts.
import type { Literal } from '../../tsql/ast';
import {
  binaryLiteral, decimalLiteral, floatLiteral, integerLiteral, moneyLiteral, stringLiteral,
} from '../../types/literals';
import type { Typed } from '../../types/typed-value';

export function literalValue(lit: Literal): Typed {
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
