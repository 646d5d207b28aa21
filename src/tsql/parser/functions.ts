// Function-call syntax after the name: (args), COUNT(*), COUNT(DISTINCT x), the datepart
// keyword of the DATEADD family, IIF's condition, WITHIN GROUP and OVER.
import type { Expr, FunctionCall, ObjectName, OrderItem } from '../ast';
import { TokenType } from '../lexer';
import { parseCondition, parseOrderItems, parseOver, parseScalar } from './expressions';
import type { Parser } from './parser';

/** Functions whose first argument is a datepart keyword (day, dd, month ...), not an expression. */
const DATEPART_FIRST = new Set(['DATEADD', 'DATEDIFF', 'DATEDIFF_BIG', 'DATEPART', 'DATENAME', 'DATETRUNC', 'DATE_BUCKET']);

export function parseFunctionCall(p: Parser, name: ObjectName, line: number): Expr {
  p.expect('(');
  const builtin = name.schema === undefined ? name.name.toUpperCase() : '';
  const args: Expr[] = [];
  let star = false;
  let distinct = false;
  if (p.is('*')) {
    p.next();
    star = true;
  } else if (!p.is(')')) {
    if (p.accept('DISTINCT')) distinct = true;
    else p.accept('ALL');
    if (DATEPART_FIRST.has(builtin)) {
      const t = p.tok;
      if (t.type !== TokenType.Word) throw p.error();
      p.next();
      args.push({ kind: 'datePart', line: t.line, name: t.value.toLowerCase() });
    } else {
      args.push(builtin === 'IIF' ? parseCondition(p) : parseScalar(p));
    }
    while (p.accept(',')) args.push(parseScalar(p));
  }
  p.expect(')');
  let withinGroup: OrderItem[] | undefined;
  if (p.is('WITHIN') && p.isAt(1, 'GROUP')) {
    p.pos += 2;
    p.expect('(');
    p.expect('ORDER');
    p.expect('BY');
    withinGroup = parseOrderItems(p);
    p.expect(')');
  }
  const call: FunctionCall = {
    kind: 'call', line, name, args, star, distinct,
    ...(withinGroup ? { withinGroup } : {}),
    ...(p.is('OVER') ? { over: parseOver(p) } : {}),
  };
  return call;
}
