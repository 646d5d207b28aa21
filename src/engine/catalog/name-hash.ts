// Object ids derived from names: objects msxd does not store (system views, TypeScript procedures)
// get the same id at every start and on every node, with no table to keep them in.

/** FNV-1a (32 bits, unsigned) of the lower-cased text: names are case-insensitive (CI_AS). */
export function nameHash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text.toLowerCase()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
