// The T-SQL lexer: text -> tokens with line numbers. Hand-written char-code dispatch because it
// runs for every batch a client sends ("SELECT 1" must cost well under 60 µs end to end).
// Assumes QUOTED_IDENTIFIER ON: "x" is an identifier, as with every modern client.
import { sqlError } from '../errors/catalog';
import type { SqlError } from '../errors/sql-error';
import { isReserved } from './keywords';
import { withLine, withRelated } from './syntax-error';

export const TokenType = {
  /** bare word: identifier or keyword (`keyword` says whether reserved) */
  Word: 1,
  /** [bracketed] or "quoted" identifier; never a keyword */
  QuotedIdent: 2,
  Variable: 3,
  Global: 4,
  Integer: 5,
  Decimal: 6,
  Float: 7,
  Money: 8,
  Binary: 9,
  String: 10,
  /** operators and punctuation, and any character the language does not use */
  Punct: 11,
  /** $IDENTITY, $ROWGUID, $ACTION */
  Pseudo: 12,
  Eof: 13,
} as const;
export type TokenType = (typeof TokenType)[keyof typeof TokenType];

export interface Token {
  readonly type: TokenType;
  /**
   * Word: as written. QuotedIdent: unquoted. String: unescaped content. Binary: hex digits.
   * Money: without '$'. Variable/Global/Pseudo/numbers/Punct: as written.
   */
  readonly value: string;
  /** upper-cased value for Word, Punct and Pseudo (what the parser matches on); '' otherwise */
  readonly upper: string;
  readonly keyword: boolean;
  /** N'...' */
  readonly unicode: boolean;
  readonly line: number;
  /** source offsets [start, end) */
  readonly start: number;
  readonly end: number;
}

const MAX_IDENTIFIER = 128;

const CH_TAB = 9, CH_LF = 10, CH_VT = 11, CH_FF = 12, CH_CR = 13, CH_SPACE = 32;
const CH_BANG = 33, CH_DQUOTE = 34, CH_HASH = 35, CH_DOLLAR = 36, CH_QUOTE = 39;
const CH_STAR = 42, CH_PLUS = 43, CH_MINUS = 45, CH_DOT = 46, CH_SLASH = 47;
const CH_0 = 48, CH_9 = 57, CH_COLON = 58, CH_LT = 60, CH_EQ = 61, CH_GT = 62, CH_AT = 64;
const CH_LBRACKET = 91, CH_RBRACKET = 93, CH_UNDERSCORE = 95;
const CH_N_UPPER = 78, CH_N_LOWER = 110, CH_X_UPPER = 88, CH_X_LOWER = 120;
const CH_E_UPPER = 69, CH_E_LOWER = 101;
const CH_BOM = 0xfeff;

function isDigit(c: number): boolean {
  return c >= CH_0 && c <= CH_9;
}

function isHexDigit(c: number): boolean {
  return (c >= CH_0 && c <= CH_9) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** First character of a regular identifier: letter, '_', '#' (temp tables); '@' is handled apart. */
function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === CH_UNDERSCORE || c === CH_HASH ||
    (c > 127 && !isUnicodeSpace(c));
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c) || c === CH_AT || c === CH_DOLLAR;
}

function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === CH_BOM;
}

/** Operators of two characters; everything else is a single-character Punct token. */
function twoCharOp(c: number, d: number): boolean {
  switch (c) {
    case CH_LT: return d === CH_EQ || d === CH_GT || d === CH_LT;
    case CH_GT: return d === CH_EQ || d === CH_GT;
    case CH_BANG: return d === CH_EQ || d === CH_LT || d === CH_GT;
    case CH_COLON: return d === CH_COLON;
    case CH_PLUS: case CH_MINUS: case CH_STAR: case CH_SLASH:
    case 37 /* % */: case 38 /* & */: case 124 /* | */: case 94 /* ^ */:
      return d === CH_EQ;
    default: return false;
  }
}

/** Tokenises a whole batch. Throws SqlError (105 unclosed quote, 113 unclosed comment, 103 too long). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  const push = (type: TokenType, value: string, upper: string, start: number, tokLine: number, unicode = false, keyword = false): void => {
    tokens.push({ type, value, upper, keyword, unicode, line: tokLine, start, end: i });
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === CH_SPACE || c === CH_TAB || c === CH_CR || c === CH_VT || c === CH_FF || c === CH_BOM || c === 0) {
      i++;
      continue;
    }
    if (c === CH_LF) {
      line++;
      i++;
      continue;
    }
    const start = i;
    const startLine = line;
    const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;

    if (c === CH_MINUS && d === CH_MINUS) {
      while (i < n && text.charCodeAt(i) !== CH_LF) i++;
      continue;
    }
    if (c === CH_SLASH && d === CH_STAR) {
      const end = skipBlockComment(text, i);
      for (let k = i; k < (end < 0 ? n : end); k++) if (text.charCodeAt(k) === CH_LF) line++;
      if (end < 0) throw withLine(sqlError(113), line);
      i = end;
      continue;
    }
    if (c === CH_QUOTE || ((c === CH_N_UPPER || c === CH_N_LOWER) && d === CH_QUOTE)) {
      const unicode = c !== CH_QUOTE;
      const r = readQuoted(text, unicode ? i + 1 : i, CH_QUOTE);
      if (r.end < 0) throw unclosed(r.value, line + r.newlines);
      line += r.newlines;
      i = r.end;
      push(TokenType.String, r.value, '', start, startLine, unicode);
      continue;
    }
    if (c === CH_LBRACKET || c === CH_DQUOTE) {
      const r = readQuoted(text, i, c === CH_LBRACKET ? CH_RBRACKET : CH_DQUOTE);
      if (r.end < 0) throw unclosed(r.value, line + r.newlines);
      line += r.newlines;
      i = r.end;
      if (r.value.length > MAX_IDENTIFIER) throw tooLong(r.value, startLine);
      push(TokenType.QuotedIdent, r.value, '', start, startLine);
      continue;
    }
    if (isDigit(c) || (c === CH_DOT && isDigit(d))) {
      if (c === CH_0 && (d === CH_X_LOWER || d === CH_X_UPPER)) {
        i += 2;
        while (i < n && isHexDigit(text.charCodeAt(i))) i++;
        push(TokenType.Binary, text.slice(start + 2, i), '', start, startLine);
        continue;
      }
      const type = readNumber(text, i);
      i = type.end;
      push(type.type, text.slice(start, i), '', start, startLine);
      continue;
    }
    if (c === CH_DOLLAR) {
      if (isDigit(d) || d === CH_DOT || d === CH_MINUS || d === CH_PLUS) {
        i++;
        if (d === CH_MINUS || d === CH_PLUS) i++;
        const num = readNumber(text, i);
        if (num.type !== TokenType.Float && num.end > i) {
          i = num.end;
          push(TokenType.Money, text.slice(start + 1, i), '', start, startLine);
          continue;
        }
        i = start;
      } else if (isIdentStart(d)) {
        i++;
        while (i < n && isIdentPart(text.charCodeAt(i))) i++;
        const value = text.slice(start, i);
        push(TokenType.Pseudo, value, value.toUpperCase(), start, startLine);
        continue;
      }
    }
    if (c === CH_AT) {
      const global = d === CH_AT;
      i += global ? 2 : 1;
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      const value = text.slice(start, i);
      if (value.length > (global ? 2 : 1)) {
        if (value.length > MAX_IDENTIFIER) throw tooLong(value, startLine);
        push(global ? TokenType.Global : TokenType.Variable, value, global ? value.toUpperCase() : '', start, startLine);
        continue;
      }
      i = start + 1;
      push(TokenType.Punct, '@', '@', start, startLine);
      continue;
    }
    if (isIdentStart(c)) {
      i++;
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      const value = text.slice(start, i);
      if (value.length > MAX_IDENTIFIER) throw tooLong(value, startLine);
      const upper = value.toUpperCase();
      push(TokenType.Word, value, upper, start, startLine, false, isReserved(upper));
      continue;
    }
    i += d >= 0 && twoCharOp(c, d) ? 2 : 1;
    const op = text.slice(start, i);
    push(TokenType.Punct, op, op, start, startLine);
  }
  tokens.push({ type: TokenType.Eof, value: '', upper: '', keyword: false, unicode: false, line, start: n, end: n });
  return tokens;
}

function readNumber(text: string, i: number): { type: TokenType; end: number } {
  const n = text.length;
  let type: TokenType = TokenType.Integer;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (i < n && text.charCodeAt(i) === CH_DOT) {
    type = TokenType.Decimal;
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  const e = i < n ? text.charCodeAt(i) : -1;
  if (e === CH_E_UPPER || e === CH_E_LOWER) {
    // SQL Server reads "1e" and "1e+" as float 1; the exponent digits are optional.
    type = TokenType.Float;
    i++;
    const s = i < n ? text.charCodeAt(i) : -1;
    if (s === CH_PLUS || s === CH_MINUS) i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  return { type, end: i };
}

/** Reads a delimited run starting at the opening delimiter; a doubled closer is one character. */
function readQuoted(text: string, open: number, close: number): { value: string; end: number; newlines: number } {
  const n = text.length;
  let i = open + 1;
  let newlines = 0;
  let value = '';
  let chunk = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === close) {
      if (i + 1 < n && text.charCodeAt(i + 1) === close) {
        value += text.slice(chunk, i + 1);
        i += 2;
        chunk = i;
        continue;
      }
      return { value: value + text.slice(chunk, i), end: i + 1, newlines };
    }
    if (c === CH_LF) newlines++;
    i++;
  }
  return { value: value + text.slice(chunk, n), end: -1, newlines };
}

/** Returns the offset after the comment (comments nest), or -1 when it is not closed. */
function skipBlockComment(text: string, i: number): number {
  const n = text.length;
  let depth = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (c === CH_SLASH && d === CH_STAR) {
      depth++;
      i += 2;
    } else if (c === CH_STAR && d === CH_SLASH) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return -1;
}

/**
 * SQL Server reports an unclosed quote as 105 followed by 102 "Incorrect syntax near" the same
 * text; the second travels with the first (see syntax-error.ts).
 */
function unclosed(value: string, line: number): SqlError {
  return withRelated(withLine(sqlError(105, value), line), [withLine(sqlError(102, value), line)]);
}

function tooLong(value: string, line: number): SqlError {
  return withLine(sqlError(103, 'identifier', value, MAX_IDENTIFIER), line);
}
