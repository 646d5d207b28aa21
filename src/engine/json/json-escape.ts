// JSON string output as SQL Server writes it ("Format query results as JSON with FOR JSON": how
// FOR JSON escapes special characters): quote, backslash and solidus escaped, the control
// characters as \b \f \n \r \t or \u00XX.
const SHORT: Readonly<Record<string, string>> = {
  '"': '\\"', '\\': '\\\\', '/': '\\/', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t',
};

export function jsonStringLiteral(s: string): string {
  let out = '"';
  for (const c of s) {
    const short = SHORT[c];
    if (short !== undefined) out += short;
    else if (c < ' ') out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}"`;
}
