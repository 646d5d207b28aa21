// MIN/MAX of sql_variant under SQL Server's sql_variant order (family first, then value:
// expressions/variant-order.ts); the winning value is returned as stored. SQLite's own min/max
// would compare the stored JSON text.
import type { FunctionHost } from '../../store/index';
import { SQL_VARIANT } from '../expressions/variant';
import { variantKeyOf } from '../expressions/variant-order';
import { decodeArg } from './codec';
import { registerFrameAggregate } from './sqlite-window-frames';

interface Best { raw: unknown; key: Buffer }
interface RunningState { best: Best | null }

function entry(v: unknown): Best | null {
  if (v === null || v === undefined) return null;
  const key = variantKeyOf(decodeArg(SQL_VARIANT, v));
  return key === null ? null : { raw: v, key };
}

function better(x: Best, than: Best | null, wantLower: boolean): boolean {
  if (than === null) return true;
  const c = Buffer.compare(x.key, than.key);
  return wantLower ? c < 0 : c > 0;
}

export function registerVariantAggregates(host: FunctionHost): void {
  const aggregate = (name: string, wantLower: boolean): void => {
    const add = (st: RunningState, v: unknown): void => {
      const e = entry(v);
      if (e && better(e, st.best, wantLower)) st.best = e;
    };
    host.aggregate<RunningState>(name, {
      start: () => ({ best: null }),
      step: (st, v) => add(st, v),
      result: (st) => st.best?.raw ?? null,
    });
    registerFrameAggregate<RunningState>(host, {
      name,
      start: () => ({ best: null }),
      add: (st, [v]) => add(st, v),
      value: (st) => st.best?.raw ?? null,
    });
  };
  aggregate('msxd_min_variant', true);
  aggregate('msxd_max_variant', false);
}
