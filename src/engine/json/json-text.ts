// The one JSON reader (RFC 8259 grammar) behind ISJSON, JSON_VALUE, JSON_QUERY, JSON_MODIFY and
// OPENJSON. It reads lazily, left to right, as SQL Server does: a path lookup stops once the value
// it names has been read, so text after that value is never judged ("JSON_VALUE (Transact-SQL)":
// invalid JSON before the value raises, after it does not). Values are spans of the original text:
// numbers keep their spelling and JSON_QUERY / JSON_MODIFY return the input's own formatting.
import { sqlErrorWithState } from '../../errors/catalog';
import { decodeEscape, MAX_JSON_DEPTH } from './json-path';

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'true' | 'false' | 'null';

export interface JsonSpan {
  readonly kind: JsonKind;
  /** index of the value's first character */
  readonly start: number;
  /** index after its last character */
  readonly end: number;
}

export interface JsonMember {
  /** decoded key of an object member, or undefined for an array element */
  readonly key?: string;
  readonly index: number;
  /** index of the member's first character: its key's quote, or the element itself */
  readonly memberStart: number;
  /** index of the value's first character (after whitespace) */
  readonly start: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
/** characters that end a bare token (number or literal) */
const DELIMITERS = new Set([',', ':', '[', ']', '{', '}', '"', ' ', '\t', '\n', '\r']);
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export class JsonText {
  /**
   * @param state the state of 13609 / 13606, which names the calling function in SQL Server
   * (1 JSON_VALUE / JSON_QUERY, 7 JSON_MODIFY, 3 / 4 OPENJSON).
   */
  constructor(readonly text: string, readonly state = 1) {}

  skipWhitespace(pos: number): number {
    let p = pos;
    while (WHITESPACE.has(this.text.charAt(p))) p++;
    return p;
  }

  /** 13609 naming the character at `pos`; the end of the text is reported as '.' at its length. */
  fail(pos: number): never {
    const c = this.text.charAt(pos);
    throw sqlErrorWithState(13609, this.state, c === '' ? '.' : c, pos);
  }

  /** The root: only an object or an array is JSON text here (a bare scalar is reported at 0). */
  root(): number {
    const p = this.skipWhitespace(0);
    const c = this.text.charAt(p);
    if (c !== '{' && c !== '[') this.fail(p);
    return p;
  }

  /** Reads (and so validates) the whole value at `pos`; `depth` counts enclosing containers. */
  value(pos: number, depth = 0): JsonSpan {
    const start = this.skipWhitespace(pos);
    const c = this.text.charAt(start);
    if (c === '{' || c === '[') {
      if (depth > MAX_JSON_DEPTH) throw sqlErrorWithState(13606, this.state);
      const members = this.members(start, depth);
      let step = members.next();
      while (!step.done) step = members.next();
      return { kind: c === '{' ? 'object' : 'array', start, end: step.value };
    }
    if (c === '"') return { kind: 'string', start, end: this.stringEnd(start) };
    return this.bareToken(start);
  }

  /**
   * The members of the container at `start`, one at a time: the caller reads or descends into
   * `member.start`; asking for the next member first skips (reads) the previous value. Returns
   * the index after the closing bracket.
   */
  *members(start: number, depth = 0): Generator<JsonMember, number, undefined> {
    const object = this.text.charAt(start) === '{';
    const close = object ? '}' : ']';
    let p = this.skipWhitespace(start + 1);
    if (this.text.charAt(p) === close) return p + 1;
    for (let index = 0; ; index++) {
      let key: string | undefined;
      const memberStart = p;
      if (object) {
        if (this.text.charAt(p) !== '"') this.fail(p);
        const keyEnd = this.stringEnd(p);
        key = this.decodeString(p, keyEnd);
        p = this.skipWhitespace(keyEnd);
        if (this.text.charAt(p) !== ':') this.fail(p);
        p++;
      }
      const valueStart = this.skipWhitespace(p);
      yield key === undefined ? { index, memberStart, start: valueStart } : { key, index, memberStart, start: valueStart };
      p = this.skipWhitespace(this.value(valueStart, depth + 1).end);
      const c = this.text.charAt(p);
      if (c === close) return p + 1;
      if (c !== ',') this.fail(p);
      p = this.skipWhitespace(p + 1);
    }
  }

  /** end of the string whose opening quote is at `start`; a bad string is reported at its quote */
  private stringEnd(start: number): number {
    let p = start + 1;
    for (;;) {
      const c = this.text.charAt(p);
      if (c === '' || c < ' ') this.fail(start);
      if (c === '"') return p + 1;
      if (c === '\\') {
        const e = decodeEscape(this.text, p + 1);
        if (typeof e === 'number') this.fail(start);
        p = e.next;
      } else p++;
    }
  }

  /** a number or literal, read whole before it is judged (so reported at its first character) */
  private bareToken(start: number): JsonSpan {
    let end = start;
    while (end < this.text.length && !DELIMITERS.has(this.text.charAt(end))) end++;
    const token = this.text.slice(start, end);
    if (token === 'true' || token === 'false' || token === 'null') return { kind: token, start, end };
    if (NUMBER.test(token)) return { kind: 'number', start, end };
    return this.fail(start);
  }

  /** the text of a string span, escapes decoded */
  decodeString(start: number, end: number): string {
    let out = '';
    for (let p = start + 1; p < end - 1;) {
      const c = this.text.charAt(p);
      if (c !== '\\') {
        out += c;
        p++;
        continue;
      }
      const e = decodeEscape(this.text, p + 1);
      if (typeof e === 'number') this.fail(start);
      out += e.text;
      p = e.next;
    }
    return out;
  }

  /** the whole text must be one root value (ISJSON, JSON_MODIFY); trailing whitespace is allowed */
  validate(rootStart: number): JsonSpan {
    const span = this.value(rootStart);
    const rest = this.skipWhitespace(span.end);
    if (rest < this.text.length) this.fail(rest);
    return span;
  }
}
