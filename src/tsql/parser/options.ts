// NAME = value option lists (WITH CHECK_POLICY = OFF, DEFAULT_DATABASE = [master]; ALTER DATABASE
// SET RECOVERY SIMPLE) and their values.
import type { OptionSetting, OptionValue } from '../ast';
import { TokenType } from '../lexer';
import type { Parser } from './parser';

/** Comma-separated `NAME [=] [value]`; stops before ')' , WITH or the end of the statement. */
export function parseOptionList(p: Parser): OptionSetting[] {
  const out: OptionSetting[] = [];
  do out.push(parseOption(p));
  while (p.accept(','));
  return out;
}

export function parseOption(p: Parser): OptionSetting {
  const t = p.tok;
  if (t.type !== TokenType.Word) throw p.error();
  p.next();
  const explicit = p.accept('=');
  if (!explicit && !startsValue(p)) return { name: t.upper };
  return { name: t.upper, value: parseOptionValue(p, NAME_VALUED.has(t.upper)) };
}

/**
 * Options whose value is a name (a login, database, schema, language, credential): a bare word
 * keeps its case (ALTER LOGIN x WITH NAME = alt2). Other options take keywords, upper-cased.
 */
const NAME_VALUED = new Set([
  'NAME', 'DEFAULT_DATABASE', 'DEFAULT_SCHEMA', 'DEFAULT_LANGUAGE', 'CREDENTIAL', 'LOGIN', 'SID_NAME', 'NEW_BROKER_NAME',
]);

/** Reserved words that are option values (SET RECOVERY FULL). */
const KEYWORD_VALUES = new Set(['ON', 'OFF', 'FULL']);

function startsValue(p: Parser): boolean {
  const t = p.tok;
  switch (t.type) {
    case TokenType.Word: return !t.keyword || KEYWORD_VALUES.has(t.upper);
    case TokenType.String: case TokenType.Integer: case TokenType.Binary: case TokenType.QuotedIdent: return true;
    default: return false;
  }
}

export function parseOptionValue(p: Parser, keepCase = false): OptionValue {
  const t = p.tok;
  switch (t.type) {
    case TokenType.String: p.next(); return { kind: 'string', value: t.value, unicode: t.unicode };
    case TokenType.Binary: p.next(); return { kind: 'binary', hex: t.value };
    case TokenType.QuotedIdent: p.next(); return { kind: 'word', value: t.value };
    case TokenType.Variable: p.next(); return { kind: 'variable', name: t.value };
    case TokenType.Integer: p.next(); return { kind: 'number', value: Number(t.value) };
    case TokenType.Punct:
      if (t.value === '-' && p.peek(1).type === TokenType.Integer) {
        p.next();
        return { kind: 'number', value: -Number(p.next().value) };
      }
      throw p.error();
    case TokenType.Word:
      p.next();
      if (t.upper === 'ON' || t.upper === 'OFF') return { kind: 'onOff', on: t.upper === 'ON' };
      return { kind: 'word', value: keepCase ? t.value : t.upper };
    default:
      throw p.error();
  }
}
