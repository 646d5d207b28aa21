// The part of a translation's cache key that comes from the frame: every variable's name and type
// (a variable's type decides conversions and result types in the text). Computed once per frame
// and kept on it (Frame.variablesKey) until a DECLARE adds a variable; a frame never retypes one.
// sp_executesql presets it from its declaration list's cache. JSON of a type is kept per type
// object (parameters of the same procedure share their type objects).
import type { SqlType } from '../../types/sql-type';
import type { Frame } from '../interpreter/frame';

const typeKeys = new WeakMap<SqlType, string>();

function typeKey(t: SqlType): string {
  let k = typeKeys.get(t);
  if (k === undefined) {
    k = JSON.stringify(t);
    typeKeys.set(t, k);
  }
  return k;
}

export function frameVariablesKey(frame: Frame): string {
  const known = frame.variablesKey;
  if (known !== undefined) return known;
  let key = '';
  for (const v of frame.all()) key += `${v.name}:${typeKey(v.type)};`;
  frame.variablesKey = key;
  return key;
}
