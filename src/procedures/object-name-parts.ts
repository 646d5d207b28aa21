// PARSENAME's reading of a multi-part name as sp_rename takes it: parts separated by '.', each
// plain or delimited by [...] (']]' inside) or "..." ('""' inside). undefined when it does not parse.
export function nameParts(text: string): string[] | undefined {
  const parts: string[] = [];
  let i = 0;
  for (;;) {
    let part = '';
    const open = text[i];
    if (open === '[' || open === '"') {
      const close = open === '[' ? ']' : '"';
      i++;
      for (;;) {
        if (i >= text.length) return undefined;
        if (text[i] === close) {
          if (text[i + 1] === close) {
            part += close;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        part += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== '.') {
        if (text[i] === '[' || text[i] === ']' || text[i] === '"') return undefined;
        part += text[i];
        i++;
      }
      part = part.trim();
    }
    parts.push(part);
    if (i >= text.length) return parts;
    if (text[i] !== '.') return undefined;
    i++;
  }
}
