// The part of a translation's cache key that comes from the frame: every variable's name and type
// (a variable's type decides conversions and result types in the text). Computed once per frame
// and kept while the frame holds the same variables: a frame only gains variables (DECLARE) and
// never retypes one, so an unchanged count is an unchanged set. JSON of a type is kept per type
// object (parameters of the same procedure share their type objects).
import type { SqlType } from '../../types/sql-type';
import type { Frame } from '../interpreter/frame';

const typeKeys = new WeakMap<SqlType, string>();
const frameKeys = new WeakMap<Frame, { readonly count: number; readonly key: string }>();

function typeKey(t: SqlType): string {
  let k = typeKeys.get(t);
  if (k === undefined) {
    k = JSON.stringify(t);
    typeKeys.set(t, k);
  }
  return k;
}

export function frameVariablesKey(frame: Frame): string {
  let count = 0;
  const it = frame.all();
  while (!it.next().done) count++;
  const known = frameKeys.get(frame);
  if (known && known.count === count) return known.key;
  let key = '';
  for (const v of frame.all()) key += `${v.name}:${typeKey(v.type)};`;
  frameKeys.set(frame, { count, key });
  return key;
}
