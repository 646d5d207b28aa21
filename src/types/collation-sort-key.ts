// The order of SQL_Latin1_General_CP1_CI_AS as a string whose code-point order is the collation's
// order, for the SQLite path (ORDER BY, range comparisons, MIN/MAX: better-sqlite3 12 cannot
// register a collation, so SQLite sorts keys with memcmp) and the interpreter alike, so that both
// put 'data_spaces' before 'database_files' and 'job_history' before 'jobs', as SQL Server does.
//
// Key = primary ‖ U+0001 ‖ folded.
//   folded  : NFKD, upper-cased (case-insensitive), combining marks kept (accent-sensitive);
//             trailing spaces dropped (padded comparison). Equal keys ⇔ equal folded texts, so
//             equality is exactly that of the equality key (store/collation-key.ts ciKey).
//   primary : each folded character without its marks, as its rank in ICU's root order at base
//             strength (whitespace < punctuation < symbols < currency < digits < letters; 'A' and
//             'Á' share a rank). Ranks are computed once, by sorting the Latin, Greek, Cyrillic,
//             punctuation and currency blocks with Intl.Collator; characters ICU ignores are left
//             out. Other characters follow all ranked ones in code-point order.
// Weights are code points below U+D800, so UTF-16 order (JavaScript) and UTF-8 order (SQLite)
// agree on the primary part. What this does not model: contractions and expansions across
// characters beyond NFKD and upper-casing, and Windows word sort's special hyphen/apostrophe.

const RANKED_BLOCKS: readonly (readonly [number, number])[] = [
  [0x20, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2100, 0x214f],
];
const COMBINING_MARKS = /\p{M}/gu;
const TRAILING_SPACES = / +$/;
/** first weight of a ranked character; U+0001 (the separator) and U+0000 stay below every weight */
const RANK_BASE = 0x100;
/** two code units for an unranked UTF-16 unit u: [OTHER_HIGH + (u >> 8), RANK_BASE + (u & 0xff)] */
const OTHER_HIGH = 0xc000;

let ranks: Map<string, number> | undefined;

function rankTable(): Map<string, number> {
  if (ranks) return ranks;
  const base = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: false, numeric: false });
  const chars = new Set<string>();
  for (const [from, to] of RANKED_BLOCKS) {
    for (let cp = from; cp <= to; cp++) {
      const folded = String.fromCodePoint(cp).normalize('NFKD').toUpperCase().replace(COMBINING_MARKS, '');
      if (folded.length === 1 && base.compare(folded, '') !== 0) chars.add(folded);
    }
  }
  const sorted = [...chars].sort((a, b) => base.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const table = new Map<string, number>();
  let rank = 0;
  sorted.forEach((ch, i) => {
    if (i > 0 && base.compare(sorted[i - 1]!, ch) !== 0) rank++;
    table.set(ch, rank);
  });
  ranks = table;
  return table;
}

/** The collation-order key of `value` (see the header). */
export function ciSortKey(value: string): string {
  const folded = value.replace(TRAILING_SPACES, '').normalize('NFKD').toUpperCase();
  const table = rankTable();
  let primary = '';
  for (const ch of folded.replace(COMBINING_MARKS, '')) {
    const rank = table.get(ch);
    if (rank !== undefined) {
      primary += String.fromCharCode(RANK_BASE + rank);
      continue;
    }
    for (let i = 0; i < ch.length; i++) {
      const u = ch.charCodeAt(i);
      primary += String.fromCharCode(OTHER_HIGH + (u >> 8), RANK_BASE + (u & 0xff));
    }
  }
  return `${primary}\u0001${folded}`;
}
