// A readable line diff between the expected and the actual rendering: the first differing line
// (with its batch header) and a compact unified diff, enough to see what the server did instead.
export interface Comparison {
  readonly equal: boolean;
  /** `line N (batch header): expected <x> / actual <y>` */
  readonly firstDifference: string;
  readonly diff: string;
}

export function compareRenderings(expected: string, actual: string): Comparison {
  if (expected === actual) return { equal: true, firstDifference: '', diff: '' };
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  let header = '';
  for (let k = Math.min(i, a.length - 1); k >= 0; k--) {
    if (a[k]?.startsWith('-- batch ')) {
      header = a[k] ?? '';
      break;
    }
  }
  const firstDifference = `line ${i + 1}${header === '' ? '' : ` (${header.slice(3)})`}: expected ${JSON.stringify(a[i] ?? '<end>')}, actual ${JSON.stringify(b[i] ?? '<end>')}`;
  return { equal: false, firstDifference, diff: unifiedDiff(a, b) };
}

function unifiedDiff(a: string[], b: string[]): string {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push(`  ${a[i]}`);
      i += 1;
      j += 1;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      ops.push(`+ ${b[j]}`);
      j += 1;
    } else {
      ops.push(`- ${a[i]}`);
      i += 1;
    }
  }
  const keep = new Set<number>();
  ops.forEach((op, k) => {
    if (!op.startsWith('  ')) for (let c = k - 2; c <= k + 2; c++) keep.add(c);
  });
  const out: string[] = ['--- expected', '+++ actual'];
  let last = -1;
  ops.forEach((op, k) => {
    if (!keep.has(k)) return;
    if (last >= 0 && k !== last + 1) out.push('@@');
    out.push(op);
    last = k;
  });
  return out.join('\n');
}

export interface BatchTally {
  /** batches (cases) in the expected rendering */
  readonly total: number;
  /** of those, the ones whose whole block is identical in the actual rendering */
  readonly matching: number;
  /** headers of the blocks that differ, e.g. `batch 3 (line 12)` */
  readonly differing: string[];
}

/** Per-case verdict: a file passes only when every block matches, but a partly working file
 * still shows how far the implementation has come. */
export function tallyBatches(expected: string, actual: string): BatchTally {
  const want = blocks(expected);
  const got = blocks(actual);
  const differing: string[] = [];
  for (const [header, body] of want) {
    if (got.get(header) !== body) differing.push(header.slice(3));
  }
  return { total: want.size, matching: want.size - differing.length, differing };
}

function blocks(rendering: string): Map<string, string> {
  const out = new Map<string, string>();
  let header = '';
  let body: string[] = [];
  const flush = (): void => {
    if (header !== '') out.set(header, body.join('\n'));
  };
  for (const line of rendering.split('\n')) {
    if (line.startsWith('-- batch ')) {
      flush();
      header = line;
      body = [];
    } else {
      body.push(line);
    }
  }
  flush();
  return out;
}
