// JS functions registered on every session connection (store addConnectionFunctions): the
// per-row T-SQL semantics SQLite lacks. Arguments arrive in the store encoding; each function
// decodes them with their SqlType (passed as a JSON literal), computes with src/types or the
// builtin registry, and encodes the result in the statement's static result type.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { addConnectionFunctions, type FunctionHost } from '../../store/index';
import { ciCompare } from '../../store/collation-key';
import { encodeValue } from '../../store/storage-types';
import { convert, convertImplicit, tryConvert } from '../../types/convert';
import { like } from '../../types/like';
import { collationRule, compareStringsUnder } from '../../types/collation-rules';
import { guidOrderKey } from '../../types/collation-compare';
import { arithmetic, bitNot, negate } from '../../types/operators';
import { functionContext } from '../expressions/eval-context';
import { SQL_VARIANT } from '../expressions/variant';
import { compareOperands, variantKeyOf } from '../expressions/variant-order';
import { lookupFunction } from '../functions/registry';
import { runtimeScope, runtimeUdfResults } from './runtime-context';
import { callSite, udfKey } from './udf-sites';
import type { ObjectName } from '../../tsql/ast';
import { notSupportedExpression } from '../statements/not-supported';
import { callSessionFunction } from './session-call';
import { registerAggregates } from './sqlite-aggregates';
import { dateFormat, decodeArg, decodeOperand, encodeAs, parseType, parseTypes, type LiteralType } from './codec';

const INTEGER_RANGES: Readonly<Record<string, readonly [bigint, bigint]>> = {
  tinyint: [0n, 255n], smallint: [-32768n, 32767n], int: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n], bit: [0n, 1n],
};

function register(host: FunctionHost): void {
  const det = { deterministic: true, safeIntegers: true } as const;
  const vol = { deterministic: false, safeIntegers: true } as const;
  host.function('msxd_cast', { ...vol }, (from, to, style, tryFlag, v) => {
    if (v === null) return null;
    const target = parseType(to);
    const opts = { ...dateFormat(), ...(style === null ? {} : { style: Number(style) }) };
    const src = decodeArg(parseType(from), v);
    const r = Number(tryFlag) === 1 ? tryConvert(src, target, opts) : convert(src, target, opts);
    return r.value === null ? null : encodeValue(target, r.value);
  });
  host.function('msxd_icast', { ...vol }, (from, to, v) => {
    if (v === null) return null;
    const target = parseType(to);
    const r = convertImplicit(decodeArg(parseType(from), v), target, dateFormat());
    return r.value === null ? null : encodeValue(target, r.value);
  });
  host.function('msxd_op', { ...vol }, (op, ta, tb, tr, a, b) => {
    const r = arithmetic(String(op) as '+', decodeOperand(parseType(ta), a), decodeOperand(parseType(tb), b));
    return encodeAs(parseType(tr), r);
  });
  host.function('msxd_neg', { ...vol }, (t, a) => encodeAs(parseType(t), negate(decodeOperand(parseType(t), a))));
  host.function('msxd_bitnot', { ...vol }, (t, a) => encodeAs(parseType(t), bitNot(decodeOperand(parseType(t), a))));
  host.function('msxd_cmp', { ...vol }, (ta, tb, a, b) => {
    if (a === null || b === null) return null;
    return compareOperands(decodeArg(parseType(ta), a), decodeArg(parseType(tb), b));
  });
  // ORDER BY / GROUP BY / DISTINCT key of a stored sql_variant (variant-order.ts).
  host.function('msxd_variant_key', { ...det }, (v) => (v === null ? null : variantKeyOf(decodeArg(SQL_VARIANT, v))));
  host.function('msxd_like', { ...det, varargs: true }, (v, p, esc) => {
    if (v === null || p === null) return null;
    if (esc !== undefined && esc === null) return null;
    return like(String(v), String(p), esc === undefined ? undefined : String(esc)) ? 1 : 0;
  });
  host.function('msxd_ci_eq', { ...det }, (a, b) => (a === null || b === null ? null : ciCompare(String(a), String(b)) === 0 ? 1 : 0));
  host.function('msxd_call', { ...vol, varargs: true }, (name, argTypes, tr, ...args) => {
    const fn = lookupFunction(String(name));
    if (!fn) throw sqlErrorWithState(195, 10, String(name), 'built-in function name');
    const ts = parseTypes(argTypes);
    const typedArgs = args.map((a, i) => decodeOperand(ts[i] as LiteralType, a));
    return encodeAs(parseType(tr), fn.evaluate(typedArgs, functionContext(runtimeScope())));
  });
  host.function('msxd_scall', { ...vol, varargs: true }, (name, argTypes, tr, ...args) => {
    const ts = parseTypes(argTypes);
    const typedArgs = args.map((a, i) => decodeOperand(ts[i] as LiteralType, a));
    return encodeAs(parseType(tr), callSessionFunction(String(name), typedArgs, runtimeScope()));
  });
  host.function('msxd_udf', { ...vol, varargs: true }, (id, name, tr, argTypes, ...args) => {
    const cached = runtimeUdfResults();
    const key = udfKey(Number(id), args);
    if (cached?.has(key)) return cached.get(key);
    const site = { id: Number(id), name: JSON.parse(String(name)) as ObjectName, returns: parseType(tr), argTypes: parseTypes(argTypes) };
    try {
      return callSite(site, args, runtimeScope());
    } catch (e) {
      if (e instanceof TypeError && /busy/.test(e.message)) throw notSupportedExpression(`${site.name.name} reading tables, called with outer-query arguments`);
      throw e;
    }
  });
  // uniqueidentifier order (SQL Server): the key the interpreter compares by too
  host.function('msxd_guid_key', { ...det }, (g) => (g === null ? null : guidOrderKey(String(g))));
  host.function('msxd_coll_cmp', { ...det }, (name, a, b) => {
    if (a === null || b === null) return null;
    const rule = collationRule(String(name));
    if (!rule) throw sqlError(448, String(name));
    return compareStringsUnder(rule, String(a), String(b));
  });
  host.function('msxd_ichk', { ...det }, (x, kind) => {
    if (x === null) return null;
    const range = INTEGER_RANGES[String(kind)];
    // Integral doubles come from JS numbers bound as parameters; a REAL beyond int64 is overflow.
    const n = typeof x === 'bigint' ? x : Number.isSafeInteger(x) ? BigInt(x as number) : undefined;
    if (n === undefined || (range && (n < range[0] || n > range[1]))) throw sqlError(8115, 'expression', String(kind));
    return n;
  });
  host.function('msxd_raise', { ...vol, varargs: true }, (num, ...args) => {
    throw sqlError(Number(num), ...args);
  });
  registerAggregates(host);
}

addConnectionFunctions(register);

/** imported for its side effect by the query runner */
export const TRANSLATOR_FUNCTIONS_REGISTERED = true;
