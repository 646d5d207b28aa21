// Function calls: the lazily evaluated forms (ISNULL, COALESCE, NULLIF, IIF) become SQL CASE /
// coalesce; aggregates and window functions map onto SQLite's; every other built-in runs per row
// through msxd_call (builtin registry) or msxd_scall (session functions), typed by probing the
// implementation with typed NULL (or constant) arguments.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import type { FunctionCall } from '../../tsql/ast';
import { resultTypeOf } from '../../types/precedence';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import { functionContext } from '../expressions/eval-context';
import { checkArity, lookupFunction } from '../functions/registry';
import { notSupportedExpression } from '../statements/not-supported';
import { coerce } from './coerce';
import { AGGREGATES, SESSION_FUNCTIONS, WINDOW_ONLY } from './function-kinds';
import { callSessionFunction } from './session-call';
import { userFunctionSignature } from '../routines/user-function';
import { translateAggregate } from './translate-aggregate';
import { tx } from './translate-expr';
import { comparison, translatePredicate } from './translate-predicate';
import { translateWindow } from './translate-window';
import type { TxContext } from './tx-context';
import { INT, NVARCHAR_MAX, typeLiteral, type TExpr } from './texpr';
import { hiddenArguments } from '../functions/json-values';
import { encodeValue } from '../../store/storage-types';

export function translateCall(e: FunctionCall, c: TxContext): TExpr {
  const name = e.name.name.toUpperCase();
  if (e.name.schema || e.name.database) return translateUserFunction(e, c);
  if (e.over) return translateWindow(e, name, c);
  if (AGGREGATES.has(name)) return translateAggregate(e, name, c);
  if (WINDOW_ONLY.has(name)) throw sqlError(10753, name);
  const lazy = lazyForm(e, name, c);
  if (lazy) return lazy;
  const args = e.args.map((a) => tx(a, c));
  const aggregate = args.some((a) => a.aggregate) ? { aggregate: true } : {};
  const argTypes = typeListLiteral(args);
  if (SESSION_FUNCTIONS.has(name)) {
    const type = probeType(() => callSessionFunction(name, args.map(probeArg), c.scope), { kind: 'nvarchar', length: 128 });
    const list = args.map((a) => `, ${a.sql}`).join('');
    return { sql: `msxd_scall('${name}', ${argTypes}, ${typeLiteral(type)}${list})`, type, nullable: true, ...aggregate };
  }
  const fn = lookupFunction(name);
  if (!fn) throw sqlErrorWithState(195, 10, e.name.name, 'built-in function name');
  checkArity(fn, args.length);
  const hidden = hiddenArguments(name, e).map((h): TExpr => ({ sql: c.params.fixed(encodeValue(h.type, h.value)), type: h.type, nullable: false, constant: h }));
  return builtinCall(name, [...args, ...hidden], c);
}

/** a pure built-in run per row by msxd_call, typed by probing it with the constant arguments */
function builtinCall(name: string, args: readonly TExpr[], c: TxContext): TExpr {
  const fn = lookupFunction(name)!;
  const aggregate = args.some((a) => a.aggregate) ? { aggregate: true } : {};
  const argTypes = typeListLiteral(args);
  const type = fn.resultType ?? probeType(() => fn.evaluate(args.map(probeArg), functionContext(c.scope)), args[0]?.type ?? NVARCHAR_MAX);
  const list = args.map((a) => `, ${a.sql}`).join('');
  return { sql: `msxd_call('${name}', ${argTypes}, ${typeLiteral(type)}${list})`, type, nullable: true, ...aggregate };
}

function typeListLiteral(args: readonly TExpr[]): string {
  return `'${JSON.stringify(args.map((a) => (a.constant?.literal ? { ...a.type, literal: true } : a.type))).replace(/'/g, "''")}'`;
}

function translateUserFunction(e: FunctionCall, c: TxContext): TExpr {
  if (e.over || e.withinGroup) throw notSupportedExpression(`${e.name.name} OVER`);
  const sig = userFunctionSignature(c.scope, e.name);
  if (e.args.length > sig.params.length) throw sqlError(8144, `${e.name.schema ?? 'dbo'}.${e.name.name}`);
  if (e.args.length < sig.params.length || e.args.some((a) => a.kind === 'default')) {
    throw notSupportedExpression(`DEFAULT arguments of ${e.name.name} with column arguments`);
  }
  const args = e.args.map((a, i) => coerce(tx(a, c), sig.params[i]!.type, c.params));
  const id = c.params.udfSites.length;
  const argTypes = args.map((a) => a.type);
  const probeSql = c.fromSql && !args.some((a) => a.aggregate)
    ? `SELECT DISTINCT ${args.map((a, i) => `${a.sql} AS a${i}`).join(', ')} FROM ${c.fromSql}` : undefined;
  c.params.udfSites.push({ id, name: e.name, argTypes, returns: sig.returns, ...(probeSql ? { probeSql } : {}) });
  const name = `'${JSON.stringify(e.name).replace(/'/g, "''")}'`;
  const types = `'${JSON.stringify(argTypes).replace(/'/g, "''")}'`;
  const list = args.map((a) => `, ${a.sql}`).join('');
  const aggregate = args.some((a) => a.aggregate) ? { aggregate: true } : {};
  return { sql: `msxd_udf(${id}, ${name}, ${typeLiteral(sig.returns)}, ${types}${list})`, type: sig.returns, nullable: true, ...aggregate };
}

function probeArg(a: TExpr): Typed {
  return a.constant ?? { type: a.type, value: null };
}

function probeType(f: () => Typed, fallback: SqlType): SqlType {
  try {
    return f().type;
  } catch {
    return fallback;
  }
}

function arity(e: FunctionCall, min: number, max: number): void {
  const n = e.args.length;
  if (n >= min && n <= max) return;
  if (min === max) throw sqlError(174, e.name.name.toLowerCase(), min);
  throw sqlError(189, e.name.name.toLowerCase(), min, max);
}

function lazyForm(e: FunctionCall, name: string, c: TxContext): TExpr | undefined {
  switch (name) {
    case 'ISNULL': {
      arity(e, 2, 2);
      const a = tx(e.args[0]!, c);
      const b = tx(e.args[1]!, c);
      const type = e.args[0]!.kind === 'null' ? b.type : a.type;
      return { sql: `coalesce(${coerce(a, type, c.params).sql}, ${coerce(b, type, c.params).sql})`, type, nullable: a.nullable && b.nullable, ...agg(a, b) };
    }
    case 'COALESCE': {
      if (e.args.length < 2) throw sqlError(189, 'coalesce', 2, 254);
      const args = e.args.map((x) => tx(x, c));
      const typedArgs = args.filter((_, i) => e.args[i]!.kind !== 'null');
      const type = typedArgs.length > 0 ? resultTypeOf(typedArgs.map((a) => a.type)) : INT;
      return { sql: `coalesce(${args.map((a) => coerce(a, type, c.params).sql).join(', ')})`, type, nullable: args.every((a) => a.nullable), ...agg(...args) };
    }
    case 'NULLIF': {
      arity(e, 2, 2);
      const a = tx(e.args[0]!, c);
      const b = tx(e.args[1]!, c);
      return { sql: `(CASE WHEN ${comparison('=', a, b, c)} THEN NULL ELSE ${a.sql} END)`, type: a.type, nullable: true, ...agg(a, b) };
    }
    case 'IIF': {
      arity(e, 3, 3);
      const a = tx(e.args[1]!, c);
      const b = tx(e.args[2]!, c);
      const types = [a, b].filter((_, i) => e.args[i + 1]!.kind !== 'null').map((x) => x.type);
      const type = types.length > 0 ? resultTypeOf(types) : INT;
      const cond = translatePredicate(e.args[0]!, c);
      return { sql: `(CASE WHEN ${cond} THEN ${coerce(a, type, c.params).sql} ELSE ${coerce(b, type, c.params).sql} END)`, type, nullable: a.nullable || b.nullable, ...agg(a, b) };
    }
    default:
      return undefined;
  }
}

function agg(...xs: TExpr[]): { aggregate?: true } {
  return xs.some((x) => x.aggregate) ? { aggregate: true } : {};
}
