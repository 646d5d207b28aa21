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
  if (builtin === 'JSON_OBJECT' || builtin === 'JSON_ARRAY') return parseJsonConstructor(p, name, line, builtin === 'JSON_OBJECT');
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
    } else if (builtin === 'TRIM') {
      return parseTrim(p, name, line);
    } else {
      args.push(builtin === 'IIF' ? parseCondition(p) : userArg(p, builtin));
    }
    while (p.accept(',')) args.push(builtin === 'ISJSON' && args.length === 1 ? keywordArg(p) : userArg(p, builtin));
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

/**
 * JSON_OBJECT ( [key : value [, ...]] [json_null_clause] ) and JSON_ARRAY ( [value [, ...]]
 * [json_null_clause] ), json_null_clause ::= NULL ON NULL | ABSENT ON NULL ("JSON_OBJECT
 * (Transact-SQL)", "JSON_ARRAY (Transact-SQL)").
 */
function parseJsonConstructor(p: Parser, name: ObjectName, line: number, object: boolean): Expr {
  const args: Expr[] = [];
  let clause = jsonNullClause(p);
  if (!clause && !p.is(')')) {
    do {
      args.push(parseScalar(p));
      if (object) {
        p.expect(':');
        args.push(parseScalar(p));
      }
    } while (p.accept(','));
    clause = jsonNullClause(p);
  }
  p.expect(')');
  return { kind: 'call', line, name, args, star: false, distinct: false, ...(clause ? { jsonNullClause: clause } : {}) };
}

function jsonNullClause(p: Parser): 'NULL' | 'ABSENT' | undefined {
  if (!(p.is('NULL') || p.is('ABSENT')) || !p.isAt(1, 'ON') || !p.isAt(2, 'NULL')) return undefined;
  const clause = p.tok.upper === 'NULL' ? 'NULL' : 'ABSENT';
  p.pos += 3;
  return clause;
}

/** ISJSON's json_type_constraint is a bare word (VALUE, ARRAY, OBJECT, SCALAR), not an expression. */
function keywordArg(p: Parser): Expr {
  const t = p.tok;
  if (t.type !== TokenType.Word) return parseScalar(p);
  p.next();
  return { kind: 'datePart', line: t.line, name: t.value.toLowerCase() };
}

/** A user function's argument may be DEFAULT (the parameter's default), a built-in's may not. */
function userArg(p: Parser, builtin: string): Expr {
  if (builtin === '' && p.is('DEFAULT')) return { kind: 'default', line: p.next().line };
  return parseScalar(p);
}

const TRIM_SIDES: Readonly<Record<string, string>> = { LEADING: 'LTRIM', TRAILING: 'RTRIM', BOTH: 'TRIM' };

/**
 * TRIM([LEADING | TRAILING | BOTH] [characters FROM] string): becomes TRIM/LTRIM/RTRIM(string
 * [, characters]), the argument order of SQL Server 2022's LTRIM/RTRIM(string, characters).
 */
function parseTrim(p: Parser, name: ObjectName, line: number): Expr {
  let fn = 'TRIM';
  const side = p.tok.type === TokenType.Word ? TRIM_SIDES[p.tok.upper] : undefined;
  if (side && !p.isAt(1, ')') && !p.isAt(1, ',') && !p.isAt(1, '.')) {
    fn = side;
    p.next();
  }
  const first = parseScalar(p);
  // The printer writes the normalised TRIM(string, characters); read it back as well.
  const args: Expr[] = p.accept('FROM') ? [parseScalar(p), first] : p.accept(',') ? [first, parseScalar(p)] : [first];
  p.expect(')');
  const call: FunctionCall = { kind: 'call', line, name: { ...name, name: fn === 'TRIM' ? name.name : fn }, args, star: false, distinct: false };
  return call;
}
