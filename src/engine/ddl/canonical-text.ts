// The text SQL Server stores for CHECK and DEFAULT expressions (sys.check_constraints.definition,
// sys.default_constraints.definition): not the text as written but a canonical rendering —
// columns bracketed, numeric constants parenthesised, no blanks around operators, BETWEEN and
// IN expanded (IN in reverse order), built-in names in lower case:
//   CHECK (n >= 0)            → ([n]>=(0))
//   CHECK (s IN ('a', 'b'))   → ([s]='b' OR [s]='a')
//   DEFAULT GETDATE()         → (getdate())
// Forms this does not model (CASE, subqueries, ...) fall back to the printer's T-SQL, which the
// DML engine parses just the same.
import type { Expr } from '../../tsql/ast';
import { printExpr, printType } from '../../tsql/index';

/** precedence of a rendered node: a child with a lower one than its parent needs parentheses */
function prec(e: Expr): number {
  switch (e.kind) {
    case 'logical': return e.op === 'or' ? 1 : 2;
    case 'not': return 3;
    case 'between': return e.not ? 1 : 2;
    case 'inList': return e.list.length > 1 ? (e.not ? 2 : 1) : 4;
    case 'compare': case 'isNull': case 'like': return 4;
    case 'binary': return e.op === '*' || e.op === '/' || e.op === '%' ? 7 : 6;
    default: return 9;
  }
}

function sub(e: Expr, min: number): string {
  const s = canonical(e);
  return prec(e) < min ? `(${s})` : s;
}

function quote(text: string, unicode: boolean): string {
  return `${unicode ? 'N' : ''}'${text.replace(/'/g, "''")}'`;
}

function args(list: readonly Expr[]): string {
  return list.map((a) => canonical(a)).join(',');
}

function canonical(e: Expr): string {
  switch (e.kind) {
    case 'literal':
      switch (e.form) {
        case 'string': return quote(e.text, e.unicode);
        case 'binary': return `0x${e.text}`;
        case 'money': return `($${e.text})`;
        default: return `(${e.text})`;
      }
    case 'null': return 'NULL';
    case 'column': return `[${e.name.replace(/]/g, ']]')}]`;
    case 'unary':
      if (e.op === '-' && e.operand.kind === 'literal' && e.operand.form !== 'string' && e.operand.form !== 'binary') return `(-${e.operand.text})`;
      return `${e.op}${sub(e.operand, 9)}`;
    case 'binary': {
      const p = prec(e);
      return `${sub(e.left, p)}${e.op}${sub(e.right, p + 1)}`;
    }
    case 'compare': return `${sub(e.left, 5)}${e.op}${sub(e.right, 5)}`;
    case 'logical': {
      const p = prec(e);
      return `${sub(e.left, p)} ${e.op.toUpperCase()} ${sub(e.right, p)}`;
    }
    case 'not': return `NOT ${sub(e.operand, 4)}`;
    case 'isNull': return `${sub(e.operand, 5)} IS ${e.not ? 'NOT ' : ''}NULL`;
    case 'between': {
      const x = sub(e.operand, 5);
      return e.not ? `${x}<${sub(e.low, 5)} OR ${x}>${sub(e.high, 5)}` : `${x}>=${sub(e.low, 5)} AND ${x}<=${sub(e.high, 5)}`;
    }
    case 'inList': {
      const x = sub(e.operand, 5);
      return [...e.list].reverse().map((v) => `${x}${e.not ? '<>' : '='}${sub(v, 5)}`).join(e.not ? ' AND ' : ' OR ');
    }
    case 'like':
      return `${e.not ? 'NOT ' : ''}${sub(e.operand, 5)} like ${sub(e.pattern, 5)}${e.escape ? ` escape ${sub(e.escape, 5)}` : ''}`;
    case 'call':
      if (e.name.schema !== undefined || e.name.database !== undefined || e.over || e.withinGroup || e.star || e.distinct) return printExpr(e);
      // JSON_OBJECT's key: value pairs and the json_null_clause are syntax a plain argument list loses.
      if (e.jsonNullClause !== undefined || e.name.name.toUpperCase() === 'JSON_OBJECT') return printExpr(e);
      return `${e.name.name.toLowerCase()}(${args(e.args)})`;
    case 'niladic': return e.name === 'CURRENT_TIMESTAMP' ? 'getdate()' : printExpr(e);
    case 'cast': case 'convert':
      if (e.try) return printExpr(e);
      return `CONVERT(${printType(e.type).replace(/^(\w+)/, '[$1]')},${canonical(e.operand)}${e.kind === 'convert' && e.style ? `,${canonical(e.style)}` : ''})`;
    default: return printExpr(e);
  }
}

/** The stored definition: the canonical expression in one pair of parentheses. */
export function canonicalDefinition(e: Expr): string {
  return `(${canonical(e)})`;
}
