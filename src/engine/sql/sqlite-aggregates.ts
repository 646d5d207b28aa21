// Aggregates SQLite cannot do with T-SQL semantics: MIN/MAX of strings under CI_AS and of
// sql_variant (variant-order.ts), exact SUM and AVG of decimal/money (SQLite would sum unscaled
// integers into REAL or overflow silently).
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

interface CiState { best: string | null }
interface SumState { sum: Typed | null; count: number; resultType: SqlType | null }

export function registerAggregates(host: FunctionHost): void {
  const ci = (name: string, wantLower: boolean): void => host.aggregate<CiState>(name, {
    start: () => ({ best: null }),
    step: (st, v) => {
      if (v === null || v === undefined) return;
      const s = String(v);
      if (st.best === null) st.best = s;
      else {
        const c = ciCompare(s, st.best);
        if (wantLower ? c < 0 : c > 0) st.best = s;
      }
    },
    result: (st) => st.best,
  });
  ci('msxd_min_ci', true);
  ci('msxd_max_ci', false);

  registerVariantAggregates(host);

  const exact = (name: string, average: boolean): void => host.aggregate<SumState>(name, {
    safeIntegers: true,
    start: () => ({ sum: null, count: 0, resultType: null }),
    step: (st, t, tr, v) => {
      st.resultType ??= parseType(tr);
      if (v === null || v === undefined) return;
      const x = decodeArg(parseType(t), v);
      const widened = convert(x, st.resultType);
      st.sum = st.sum === null ? widened : convert(arithmetic('+', st.sum, widened), st.resultType);
      st.count++;
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
  const spread = (name: string, sample: boolean, root: boolean): void => host.aggregate<{ n: number; mean: number; m2: number }>(name, {
    start: () => ({ n: 0, mean: 0, m2: 0 }),
    step: (st, v) => {
      if (v === null || v === undefined) return;
      const x = Number(v);
      st.n++;
      const d = x - st.mean;
      st.mean += d / st.n;
      st.m2 += d * (x - st.mean);
    },
    result: (st) => {
      const div = sample ? st.n - 1 : st.n;
      if (div <= 0) return null;
      const variance = st.m2 / div;
      return root ? Math.sqrt(variance) : variance;
    },
  });
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
