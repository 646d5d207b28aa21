// STRING_ESCAPE(text, 'json'): escapes the characters JSON needs escaped ("STRING_ESCAPE
// (Transact-SQL)": quotation mark, reverse solidus, solidus, the control characters). 'json' is
// the only type SQL Server knows.
import { argString, fn, type BuiltinFunction } from './function-types';

const NAMED: Readonly<Record<string, string>> = {
  '"': '\\"', '\\': '\\\\', '/': '\\/', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t',
};

export function escapeJson(s: string): string {
  let out = '';
  for (const ch of s) {
    const named = NAMED[ch];
    if (named !== undefined) out += named;
    else if (ch.charCodeAt(0) < 0x20) out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

export const stringEscapeFunctions: readonly BuiltinFunction[] = [
  fn('STRING_ESCAPE', 2, 2, (args) => {
    const s = argString(args, 0);
    const type = argString(args, 1);
    return { type: { kind: 'nvarchar', length: 'max' }, value: s === undefined || type === undefined ? null : escapeJson(s) };
  }),
];
