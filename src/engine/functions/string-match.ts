// Substring search under the case-insensitive server collation (CHARINDEX, REPLACE): strings are
// folded one character at a time so positions in the folded text are positions in the original.

export function foldCase(s: string): string {
  let out = '';
  for (const ch of s) {
    const u = ch.toUpperCase();
    out += u.length === ch.length ? u : ch;
  }
  return out;
}

/** 0-based index of `needle` in `hay` at or after `from`, case-insensitively; -1 if absent. */
export function indexOfCi(hay: string, needle: string, from = 0): number {
  return foldCase(hay).indexOf(foldCase(needle), from);
}

export function replaceCi(s: string, find: string, repl: string): string {
  if (find === '') return s;
  const folded = foldCase(s);
  const target = foldCase(find);
  let out = '';
  let pos = 0;
  for (let i = folded.indexOf(target); i >= 0; i = folded.indexOf(target, pos)) {
    out += s.slice(pos, i) + repl;
    pos = i + find.length;
  }
  return out + s.slice(pos);
}
