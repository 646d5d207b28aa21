// The token cursor every grammar module works with: lookahead, keyword matching, identifiers,
// multi-part names and syntax errors positioned the way SQL Server positions them.
import { sqlError } from '../../errors/catalog';
import type { SqlError } from '../../errors/sql-error';
import type { ObjectName } from '../ast';
import { TokenType, tokenize, type Token } from '../lexer';
import { syntaxErrorAt, withLine } from '../syntax-error';

export class Parser {
  readonly tokens: readonly Token[];
  pos = 0;
  /** whether the statement just parsed ended with ';' (CTE and MERGE rules need it) */
  lastTerminated = true;

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
  }

  get tok(): Token {
    return this.tokens[this.pos]!;
  }

  peek(k = 1): Token {
    const i = this.pos + k;
    return this.tokens[i < this.tokens.length ? i : this.tokens.length - 1]!;
  }

  next(): Token {
    const t = this.tokens[this.pos]!;
    if (t.type !== TokenType.Eof) this.pos++;
    return t;
  }

  get atEof(): boolean {
    return this.tok.type === TokenType.Eof;
  }

  /** Current token is the bare word or punctuation `upper` (quoted identifiers never match). */
  is(upper: string): boolean {
    return this.tok.upper === upper && (this.tok.type === TokenType.Word || this.tok.type === TokenType.Punct);
  }

  isAt(k: number, upper: string): boolean {
    const t = this.peek(k);
    return t.upper === upper && (t.type === TokenType.Word || t.type === TokenType.Punct);
  }

  accept(upper: string): boolean {
    if (!this.is(upper)) return false;
    this.pos++;
    return true;
  }

  expect(upper: string): Token {
    if (!this.is(upper)) throw this.error();
    return this.next();
  }

  /** Consumes a sequence of words if all are present ('NOT', 'NULL'). */
  acceptSeq(...uppers: string[]): boolean {
    for (let k = 0; k < uppers.length; k++) if (!this.isAt(k, uppers[k]!)) return false;
    this.pos += uppers.length;
    return true;
  }

  /** 102/156 at the current token (or at the last token when the batch ended too early). */
  error(t: Token = this.tok): SqlError {
    return syntaxErrorAt(t, this.tokens[this.tokens.length - 2]);
  }

  errorAt(e: SqlError, t: Token = this.tok): SqlError {
    return withLine(e, t.line);
  }

  /** A token usable as a name: a non-reserved word or a quoted identifier. */
  isIdentifier(t: Token = this.tok): boolean {
    return (t.type === TokenType.Word && !t.keyword) || t.type === TokenType.QuotedIdent;
  }

  identifier(): string {
    const t = this.tok;
    if (!this.isIdentifier(t)) throw this.error();
    if (t.value.length === 0) throw this.errorAt(sqlError(1038));
    this.pos++;
    return t.value;
  }

  /** A name where SQL Server also accepts reserved words (after '.', in option lists ...). */
  anyWord(): string {
    const t = this.tok;
    if (t.type !== TokenType.Word && t.type !== TokenType.QuotedIdent) throw this.error();
    if (t.value.length === 0) throw this.errorAt(sqlError(1038));
    this.pos++;
    return t.value;
  }

  /** [server.][database.][schema.]name, allowing empty middle parts (msdb..sysjobs). */
  objectName(): ObjectName {
    const parts: string[] = [this.identifier()];
    while (this.is('.') && parts.length < 4) {
      this.pos++;
      if (this.is('.')) {
        parts.push('');
        continue;
      }
      parts.push(this.anyWord());
    }
    return namesToObject(parts, this);
  }

  /** Comma-separated identifiers inside parentheses: (a, b, c). */
  identifierList(): string[] {
    this.expect('(');
    const out = [this.identifier()];
    while (this.accept(',')) out.push(this.identifier());
    this.expect(')');
    return out;
  }

  /**
   * The tokens up to the matching ')' (the '(' already consumed), rendered as normalised text;
   * used for hints and options msxd accepts but does not interpret.
   */
  balancedText(): string {
    const start = this.pos;
    let depth = 1;
    while (!this.atEof) {
      if (this.is('(')) depth++;
      else if (this.is(')') && --depth === 0) break;
      this.pos++;
    }
    const text = renderTokens(this.tokens.slice(start, this.pos));
    this.expect(')');
    return text;
  }

  /** Comma-separated items inside parentheses (the '(' already consumed), each as normalised text. */
  balancedList(): string[] {
    const items: string[] = [];
    let start = this.pos;
    let depth = 1;
    while (!this.atEof) {
      if (this.is('(')) depth++;
      else if (this.is(')') && --depth === 0) break;
      else if (this.is(',') && depth === 1) {
        items.push(renderTokens(this.tokens.slice(start, this.pos)));
        start = this.pos + 1;
      }
      this.pos++;
    }
    items.push(renderTokens(this.tokens.slice(start, this.pos)));
    this.expect(')');
    if (items.some((s) => s === '')) throw this.error();
    return items;
  }
}

function namesToObject(parts: string[], p: Parser): ObjectName {
  const name = parts[parts.length - 1]!;
  if (name === '') throw p.error();
  switch (parts.length) {
    case 1: return { name };
    case 2: return { schema: parts[0]!, name };
    case 3: return omitEmpty({ database: parts[0]!, schema: parts[1]!, name });
    default: return omitEmpty({ server: parts[0]!, database: parts[1]!, schema: parts[2]!, name });
  }
}

function omitEmpty(o: { server?: string; database: string; schema: string; name: string }): ObjectName {
  const out: { server?: string; database?: string; schema?: string; name: string } = { name: o.name };
  if (o.server) out.server = o.server;
  if (o.database) out.database = o.database;
  if (o.schema) out.schema = o.schema;
  return out;
}

/** Canonical text of a token run: words upper-cased, quoted things re-quoted, no space around punctuation. */
export function renderTokens(tokens: readonly Token[]): string {
  let out = '';
  let prevWord = false;
  for (const t of tokens) {
    let s: string;
    let word = true;
    switch (t.type) {
      case TokenType.Word: s = t.upper; break;
      case TokenType.QuotedIdent: s = `[${t.value.replace(/]/g, ']]')}]`; break;
      case TokenType.String: s = `${t.unicode ? 'N' : ''}'${t.value.replace(/'/g, "''")}'`; break;
      case TokenType.Binary: s = `0x${t.value}`; break;
      case TokenType.Money: s = `$${t.value}`; break;
      case TokenType.Punct: s = t.value; word = false; break;
      default: s = t.value;
    }
    if (word && prevWord) out += ' ';
    out += s;
    prevWord = word;
  }
  return out;
}
