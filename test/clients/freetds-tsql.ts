// FreeTDS `tsql` (Debian freetds-bin) against an msxd node. tsql sends every `go` batch as a TDS
// SQL batch and prints result sets on stdout (tab-separated, "(N rows affected)" after each) and
// messages on stderr ("Msg N (severity S, state T) from SERVER Line L:" then the text).
// Each check is one tsql invocation with the batches on stdin.
import { runProbe, type ProbeResult, type ProbeRun } from '../helpers/client-probe';

interface Invocation {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface ResultSetText {
  readonly header: string[];
  readonly rows: string[][];
}

const NOISE = /^(locale is |locale charset is |using default charset |Setting .* as default database|Changed database context to|Changed language setting to)/;
const AFFECTED = /^\((\d+) rows? affected\)$/;

export async function runTsqlChecks(section: 'h74' | 'h71', password: string, env: Record<string, string>): Promise<ProbeRun> {
  const log: string[] = [];
  const invoke = async (batches: readonly string[]): Promise<Invocation> => {
    const input = batches.map((b) => `${b}\ngo\n`).join('') + 'exit\n';
    const run = await runProbe('tsql', ['-S', section, '-U', 'sa', '-P', password], env, { input, timeoutMs: 60_000 });
    log.push(`### ${JSON.stringify(batches)} -> exit ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`);
    return { code: run.exitCode, stdout: run.stdout, stderr: run.stderr };
  };

  const checks: Array<[string, () => Promise<string>]> = [
    ['login', async () => {
      const r = await invoke([]);
      expect(r.code === 0, `tsql exited ${r.code}: ${r.stderr.trim().slice(0, 300)}`);
      return 'connected';
    }],
    ['select_one', async () => {
      const [set] = resultSets((await invoke(['SELECT 1 AS one'])).stdout);
      expect(same(set?.header, ['one']) && same(set?.rows[0], ['1']), `expected one=1, got ${JSON.stringify(set)}`);
      return 'one=1';
    }],
    ['unicode', async () => {
      const [set] = resultSets((await invoke(["SELECT N'h\u00e9llo' AS s"])).stdout);
      expect(same(set?.rows[0], ['h\u00e9llo']), `expected héllo, got ${JSON.stringify(set)}`);
      return 'h\u00e9llo';
    }],
    ['version', async () => {
      const [set] = resultSets((await invoke(['SELECT @@VERSION AS v'])).stdout);
      const text = (set?.rows ?? []).map((r) => r.join(' ')).join(' ').trim();
      expect(text !== '', `expected a non-empty @@VERSION, got ${JSON.stringify(set)}`);
      return text.slice(0, 60);
    }],
    ['raiserror', async () => {
      const r = await invoke(["RAISERROR('boom %d', 16, 1, 7)", 'SELECT 1 AS one']);
      expect(/Msg 50000 \(severity 16, state 1\)/.test(r.stderr), `no 'Msg 50000 (severity 16, state 1)' on stderr: ${r.stderr.trim()}`);
      expect(/boom 7/.test(r.stderr), `error text 'boom 7' missing: ${r.stderr.trim()}`);
      const sets = resultSets(r.stdout);
      expect(same(sets[sets.length - 1]?.rows[0], ['1']), `next batch did not return 1: ${JSON.stringify(sets)}`);
      return 'Msg 50000 severity 16 "boom 7"; next batch SELECT 1 -> 1';
    }],
    ['print', async () => {
      const r = await invoke(["PRINT 'hello from print'; SELECT 2 AS two"]);
      expect(r.stderr.split('\n').some((l) => l.trim() === 'hello from print'), `PRINT text not on stderr: ${r.stderr.trim()}`);
      const sets = resultSets(r.stdout);
      expect(!sets.some((s) => s.rows.some((row) => row.join(' ').includes('hello from print'))), 'PRINT text came back as a row');
      expect(same(sets[sets.length - 1]?.rows[0], ['2']), `expected two=2, got ${JSON.stringify(sets)}`);
      return 'message shown; SELECT 2 -> 2';
    }],
  ];

  const results: ProbeResult[] = [];
  let loggedIn = true;
  for (const [name, fn] of checks) {
    if (!loggedIn) {
      results.push({ name, status: 'FAIL', detail: 'not run: login failed' });
      continue;
    }
    try {
      results.push({ name, status: 'PASS', detail: await fn() });
    } catch (err) {
      results.push({ name, status: 'FAIL', detail: err instanceof Error ? err.message : String(err) });
      if (name === 'login') loggedIn = false;
    }
  }
  const text = log.join('\n');
  return { results, exitCode: 0, stdout: text, stderr: '' };
}

/** Splits tsql's stdout into result sets; "(N rows affected)" closes each one. */
export function resultSets(stdout: string): ResultSetText[] {
  const sets: ResultSetText[] = [];
  let lines: string[] = [];
  for (const raw of stdout.split('\n')) {
    const line = raw.replace(/\r$/, '').replace(/^(\d+> )+/, '');
    if (NOISE.test(line)) continue;
    if (AFFECTED.test(line.trim())) {
      const [header, ...rows] = lines.filter((l) => l !== '');
      if (header !== undefined) sets.push({ header: header.split('\t'), rows: rows.map((r) => r.split('\t')) });
      lines = [];
    } else {
      lines.push(line);
    }
  }
  return sets;
}

function same(actual: readonly string[] | undefined, expected: readonly string[]): boolean {
  return actual !== undefined && actual.length === expected.length && actual.every((v, i) => v.trim() === expected[i]);
}

function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
