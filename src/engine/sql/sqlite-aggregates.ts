// Aggregates SQLite cannot do with T-SQL semantics: MIN/MAX of strings under CI_AS and of
// sql_variant (variant-order.ts), exact SUM and AVG of decimal/money (SQLite would sum unscaled
// integers into REAL or overflow silently), the variance family. Each also works OVER (...):
// exact SUM/AVG take values back out (xInverse), the others have a window twin (sqlite-window-frames.ts).
import { ciCompare } from '../../store/collation-key';
import type { FunctionHost } from '../../store/index';
import { convert } from '../../types/convert';
import { arithmetic } from '../../types/operators';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import { decodeArg, encodeAs, parseType } from './codec';
import type { ForSpec } from './for-clause';
import { jsonDocument, jsonRow, xmlDocument, xmlRow } from './for-format';
import { registerVariantAggregates } from './sqlite-variant-aggregates';
import { registerFrameAggregate } from './sqlite-window-frames';

interface CiState { best: string | null }
interface Spread { n: number; mean: number; m2: number }
interface SumState { sum: Typed | null; count: number; resultType: SqlType | null }

export function registerAggregates(host: FunctionHost): void {
  const ci = (name: string, wantLower: boolean): void => {
    host.aggregate<CiState>(name, {
      start: () => ({ best: null }),
      step: (st, v) => {
        st.best = betterCi(st.best, v, wantLower);
      },
      result: (st) => st.best,
    });
    registerFrameAggregate<CiState>(host, {
      name,
      start: () => ({ best: null }),
      add: (st, [v]) => {
        st.best = betterCi(st.best, v, wantLower);
      },
      value: (st) => st.best,
    });
  };
  ci('msxd_min_ci', true);
  ci('msxd_max_ci', false);

  registerVariantAggregates(host);

  // Exact arithmetic gives a value back out exactly, so OVER (...) frames subtract it (xInverse).
  const exact = (name: string, average: boolean): void => host.aggregate<SumState>(name, {
    safeIntegers: true,
    start: () => ({ sum: null, count: 0, resultType: null }),
    step: (st, t, tr, v) => {
      st.resultType ??= parseType(tr);
      if (v === null || v === undefined) return;
      const x = convert(decodeArg(parseType(t), v), st.resultType);
      st.sum = st.sum === null ? x : convert(arithmetic('+', st.sum, x), st.resultType);
      st.count++;
    },
    inverse: (st, t, _tr, v) => {
      if (v === null || v === undefined || st.sum === null || st.resultType === null) return;
      st.count--;
      const x = convert(decodeArg(parseType(t), v), st.resultType);
      st.sum = st.count === 0 ? null : convert(arithmetic('-', st.sum, x), st.resultType);
    },
    result: (st) => {
      if (st.sum === null || st.resultType === null) return null;
      if (!average) return encodeAs(st.resultType, st.sum);
      return encodeAs(st.resultType, arithmetic('/', st.sum, { type: { kind: 'int' }, value: st.count }));
    },
  });
  exact('msxd_sum', false);
  exact('msxd_avg', true);

  // STDEV/STDEVP/VAR/VARP: Welford's running variance over float values.
  const spread = (name: string, sample: boolean, root: boolean): void => {
    host.aggregate<Spread>(name, {
      start: () => ({ n: 0, mean: 0, m2: 0 }),
      step: (st, v) => addToSpread(st, v),
      result: (st) => spreadResult(st, sample, root),
    });
    registerFrameAggregate<Spread>(host, {
      name,
      start: () => ({ n: 0, mean: 0, m2: 0 }),
      add: (st, [v]) => addToSpread(st, v),
      value: (st) => spreadResult(st, sample, root),
    });
  };
  spread('msxd_stdev', true, true);
  spread('msxd_stdevp', false, true);
  spread('msxd_var', true, false);
  spread('msxd_varp', false, false);

  host.aggregate<{ spec: ForSpec | null; xml: string[]; json: Record<string, unknown>[] }>('msxd_for', {
    varargs: true,
    safeIntegers: true,
    start: () => ({ spec: null, xml: [], json: [] }),
    step: (st, spec, ...values) => {
      st.spec ??= JSON.parse(String(spec)) as ForSpec;
      if (st.spec.kind === 'xml') st.xml.push(xmlRow(st.spec, values));
      else st.json.push(jsonRow(st.spec, values));
    },
    result: (st) => {
      if (!st.spec) return null;
      return st.spec.kind === 'xml' ? xmlDocument(st.spec, st.xml) : jsonDocument(st.spec, st.json);
    },
  });
}

/** the CI_AS lesser (or greater) of the best so far and `v`; NULLs do not count */
function betterCi(best: string | null, v: unknown, wantLower: boolean): string | null {
  if (v === null || v === undefined) return best;
  const s = String(v);
  if (best === null) return s;
  const c = ciCompare(s, best);
  return (wantLower ? c < 0 : c > 0) ? s : best;
}

function addToSpread(st: Spread, v: unknown): void {
  if (v === null || v === undefined) return;
  const x = Number(v);
  st.n++;
  const d = x - st.mean;
  st.mean += d / st.n;
  st.m2 += d * (x - st.mean);
}

function spreadResult(st: Spread, sample: boolean, root: boolean): number | null {
  const div = sample ? st.n - 1 : st.n;
  if (div <= 0) return null;
  const variance = st.m2 / div;
  return root ? Math.sqrt(variance) : variance;
}
