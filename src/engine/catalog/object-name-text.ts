// The '[db.][schema.]name' strings metadata functions take (OBJECT_ID('msdb.dbo.sysjobs'),
// COL_LENGTH('dbo.t', 'c')): parts split on dots outside [brackets] and "quotes", quotes undone.
export interface NameParts {
  readonly database?: string;
  readonly schema?: string;
  readonly name: string;
}

/** undefined when the text is not a valid multi-part name (SQL Server then returns NULL). */
export function parseNameText(text: string): NameParts | undefined {
  const parts: string[] = [];
  let cur = '';
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    const c = s[i]!;
    if (c === '[' || c === '"') {
      const close = c === '[' ? ']' : '"';
      i++;
      for (;;) {
        if (i >= s.length) return undefined;
        if (s[i] === close) {
          if (s[i + 1] === close) {
            cur += close;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cur += s[i++];
      }
    } else if (c === '.') {
      parts.push(cur);
      cur = '';
      i++;
    } else {
      cur += c;
      i++;
    }
  }
  parts.push(cur);
  if (parts.length > 4 || parts[parts.length - 1] === '') return undefined;
  const [name, schema, database] = [...parts].reverse();
  if (parts.length === 4 && parts[0] !== '') return undefined;
  return {
    name: name!.trim(),
    ...(schema !== undefined && schema.trim() !== '' ? { schema: schema.trim() } : {}),
    ...(database !== undefined && database.trim() !== '' ? { database: database.trim() } : {}),
  };
}
