// SQL Server JSON path expressions ("JSON Path Expressions (SQL Server)"): an optional `append`
// (JSON_MODIFY only), an optional `lax` / `strict` mode, then `$` and key / [index] steps. The one
// parser for JSON_VALUE, JSON_QUERY, JSON_MODIFY and OPENJSON.
import { sqlErrorWithState } from '../../errors/catalog';

export type JsonPathStep =
  | { readonly kind: 'key'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number };

export interface JsonPath {
  readonly mode: 'lax' | 'strict';
  readonly append: boolean;
  readonly steps: readonly JsonPathStep[];
}

/**
 * 13607's state says what the parser was reading (as SQL Server reports it): where `$` or a step
 * was due, inside `[` before / after the digits, an index past the 32-bit ceiling, a bad escape,
 * an unterminated quoted name; the path's own punctuation, digits and its end report END.
 */
const STATE = { END: 14, AFTER_DIGITS: 15, INDEX_OVERFLOW: 16, ESCAPE: 17, UNTERMINATED: 20, BEFORE_DIGITS: 21, STEP: 22 } as const;

/** SQL Server's JSON nesting limit (13606), for documents and paths alike. */
export const MAX_JSON_DEPTH = 128;

const WHITESPACE = new Set([' ', '\t', '\n', '\f', '\r']);
const PUNCTUATION = new Set(['$', '.', '[', ']', '"']);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isKeyStart = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isKeyPart = (c: string): boolean => isKeyStart(c) || isDigit(c);

class PathReader {
  pos = 0;
  constructor(readonly text: string) {}

  ch(): string {
    return this.text.charAt(this.pos);
  }

  skipWhitespace(): void {
    while (WHITESPACE.has(this.ch())) this.pos++;
  }

  /** 13607 at the current character; running off the end is reported as '.' at the length. */
  fail(state?: number): never {
    const c = this.ch();
    if (c === '') throw sqlErrorWithState(13607, state ?? STATE.END, '.', this.pos);
    throw sqlErrorWithState(13607, state ?? (PUNCTUATION.has(c) || isDigit(c) ? STATE.END : STATE.STEP), c, this.pos);
  }

  /** `word` as a whole keyword: it must be followed by whitespace, `$` or (for append) a mode. */
  keyword(word: string): boolean {
    if (!this.text.startsWith(word, this.pos)) return false;
    const after = this.text.charAt(this.pos + word.length);
    if (after !== '' && !WHITESPACE.has(after) && after !== '$') return false;
    this.pos += word.length;
    return true;
  }
}

export function parseJsonPath(text: string, options: { allowAppend?: boolean } = {}): JsonPath {
  const r = new PathReader(text);
  r.skipWhitespace();
  const append = options.allowAppend === true && r.keyword('append');
  r.skipWhitespace();
  let mode: JsonPath['mode'] = 'lax';
  if (r.keyword('lax')) mode = 'lax';
  else if (r.keyword('strict')) mode = 'strict';
  r.skipWhitespace();
  if (r.ch() !== '$') r.fail();
  r.pos++;
  const steps: JsonPathStep[] = [];
  for (;;) {
    r.skipWhitespace();
    if (r.ch() === '') break;
    if (r.ch() === '.') {
      r.pos++;
      r.skipWhitespace();
      steps.push({ kind: 'key', name: r.ch() === '"' ? quotedKey(r) : plainKey(r) });
    } else if (r.ch() === '[') {
      r.pos++;
      steps.push({ kind: 'index', index: arrayIndex(r) });
    } else {
      r.fail();
    }
    if (steps.length > MAX_JSON_DEPTH) throw sqlErrorWithState(13606, 4);
  }
  return { mode, append, steps };
}

function plainKey(r: PathReader): string {
  if (!isKeyStart(r.ch())) r.fail();
  const start = r.pos;
  while (isKeyPart(r.ch())) r.pos++;
  return r.text.slice(start, r.pos);
}

function quotedKey(r: PathReader): string {
  r.pos++;
  let name = '';
  for (;;) {
    const c = r.ch();
    if (c === '') r.fail(STATE.UNTERMINATED);
    r.pos++;
    if (c === '"') break;
    if (c !== '\\') {
      name += c;
      continue;
    }
    const decoded = decodeEscape(r.text, r.pos);
    if (typeof decoded === 'number') {
      r.pos = decoded;
      r.fail(STATE.ESCAPE);
    }
    name += decoded.text;
    r.pos = decoded.next;
  }
  // A quoted name must be followed by another step or the end (anything else: END).
  r.skipWhitespace();
  if (r.ch() !== '' && r.ch() !== '.' && r.ch() !== '[') r.fail(STATE.END);
  return name;
}

function arrayIndex(r: PathReader): number {
  r.skipWhitespace();
  if (!isDigit(r.ch())) r.fail(PUNCTUATION.has(r.ch()) || r.ch() === '' ? STATE.END : STATE.BEFORE_DIGITS);
  let n = 0;
  while (isDigit(r.ch())) {
    // SQL Server accumulates in an unsigned 32-bit integer and notices overflow when it wraps
    // below the previous value, which is where it reports the digit.
    const next = (n * 10 + Number(r.ch())) % 0x1_0000_0000;
    if (next < n) r.fail(STATE.INDEX_OVERFLOW);
    n = next;
    r.pos++;
  }
  r.skipWhitespace();
  if (r.ch() !== ']') r.fail(PUNCTUATION.has(r.ch()) || r.ch() === '' ? STATE.END : STATE.AFTER_DIGITS);
  r.pos++;
  return n;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The JSON escape after a backslash at `at` (RFC 8259 7): the decoded text and the index after
 * it, or the index of the offending character.
 */
export function decodeEscape(text: string, at: number): { text: string; next: number } | number {
  const c = text.charAt(at);
  const short = SHORT_ESCAPES[c];
  if (short !== undefined) return { text: short, next: at + 1 };
  if (c !== 'u') return at;
  // All four digits are read before they are judged, so a bad one is reported at the fourth.
  if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) return at + 4;
  return { text: String.fromCharCode(parseInt(text.slice(at + 1, at + 5), 16)), next: at + 5 };
}
