// LIKE under the server collation ("LIKE (Transact-SQL)"): % any run, _ any one character,
// [abc] / [a-f] sets and [^...] negated sets, an optional ESCAPE character. Characters compare
// case-insensitively and accent-sensitively; trailing blanks of the value are ignored, those of
// the pattern are significant.
import { compareStrings, stringsEqual } from './collation-compare';

type Token =
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'one' }
  | { readonly kind: 'many' }
  | { readonly kind: 'set'; readonly negated: boolean; readonly items: readonly (string | readonly [string, string])[] };

function tokenize(pattern: string, escape: string | undefined): Token[] {
  const chars = [...pattern];
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (escape !== undefined && c === escape) {
      const next = chars[i + 1];
      tokens.push({ kind: 'char', ch: next ?? c });
      i++;
    } else if (c === '%') {
      if (tokens.at(-1)?.kind !== 'many') tokens.push({ kind: 'many' });
    } else if (c === '_') {
      tokens.push({ kind: 'one' });
    } else if (c === '[') {
      const close = chars.indexOf(']', i + 2);
      if (close < 0) {
        tokens.push({ kind: 'char', ch: c });
        continue;
      }
      let body = chars.slice(i + 1, close);
      const negated = body[0] === '^' && body.length > 1;
      if (negated) body = body.slice(1);
      const items: (string | [string, string])[] = [];
      for (let j = 0; j < body.length; j++) {
        const a = body[j] ?? '';
        if (body[j + 1] === '-' && j + 2 < body.length) {
          items.push([a, body[j + 2] ?? '']);
          j += 2;
        } else items.push(a);
      }
      tokens.push({ kind: 'set', negated, items });
      i = close;
    } else {
      tokens.push({ kind: 'char', ch: c });
    }
  }
  return tokens;
}

function matchesOne(t: Token, ch: string): boolean {
  switch (t.kind) {
    case 'char':
      return stringsEqual(t.ch, ch) && (t.ch === ' ') === (ch === ' ');
    case 'one':
      return true;
    case 'many':
      return true;
    case 'set': {
      const inSet = t.items.some((item) =>
        typeof item === 'string' ? stringsEqual(item, ch) : compareStrings(item[0], ch) <= 0 && compareStrings(ch, item[1]) <= 0);
      return inSet !== t.negated;
    }
    default: {
      const never: never = t;
      throw new Error(`unknown LIKE token ${String(never)}`);
    }
  }
}

function matchTokens(tokens: readonly Token[], chars: readonly string[]): boolean {
  // Classic wildcard matching with one backtrack point per '%', linear in practice.
  let ti = 0;
  let ci = 0;
  let starTi = -1;
  let starCi = 0;
  while (ci < chars.length) {
    const t = tokens[ti];
    if (t && t.kind === 'many') {
      starTi = ti++;
      starCi = ci;
    } else if (t && matchesOne(t, chars[ci] ?? '')) {
      ti++;
      ci++;
    } else if (starTi >= 0) {
      ti = starTi + 1;
      ci = ++starCi;
    } else return false;
  }
  while (tokens[ti]?.kind === 'many') ti++;
  return ti === tokens.length;
}

export function like(value: string, pattern: string, escape?: string): boolean {
  const tokens = tokenize(pattern, escape);
  if (matchTokens(tokens, [...value])) return true;
  const trimmed = value.replace(/ +$/, '');
  return trimmed !== value && matchTokens(tokens, [...trimmed]);
}
