// The T-SQL conformance suite (test/tsql/README.md): every test/tsql/<area>/<case>.sql runs
// against one real node over TDS and its rendering must equal <case>.expected, which is written
// from SQL Server 2022's behaviour. Files listed in test/tsql/KNOWN_FAILURES are run and reported
// but do not fail; a listed file that passes does. TSQL_UPDATE=1 rewrites the .expected files
// (for a human to check against SQL Server, never to accept blindly).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import { repoRoot } from '../helpers/repo-root';
import { parseCaseFile } from '../tsql/runner/case-file';
import { compareRenderings, tallyBatches } from '../tsql/runner/compare';
import { discoverCases, hasExpected, type CaseFile } from '../tsql/runner/discover';
import { readKnownFailures } from '../tsql/runner/known-failures';
import { runCase } from '../tsql/runner/run-case';

const root = path.join(repoRoot(), 'test', 'tsql');
const node = nodeForFile({ name: 'MSXDTSQL' });
const cases = discoverCases(root);
const known = readKnownFailures(path.join(root, 'KNOWN_FAILURES'));
const update = process.env['TSQL_UPDATE'] === '1';
const only = process.env['TSQL_ONLY'];
const verbose = process.env['TSQL_VERBOSE'] === '1';

type Verdict = 'pass' | 'fail' | 'known' | 'fixed';
const results: Array<{ file: CaseFile; batches: number; matching: number; verdict: Verdict; detail: string }> = [];

test('KNOWN_FAILURES names only existing case files', () => {
  const ids = new Set(cases.map((c) => c.id));
  assert.deepEqual([...known.keys()].filter((k) => !ids.has(k)), []);
});

for (const area of [...new Set(cases.map((c) => c.area))]) {
  describe(`tsql ${area}`, () => {
    for (const file of cases.filter((c) => c.area === area)) {
      if (only !== undefined && !file.id.includes(only)) continue;
      test(file.id, async (t) => {
        const batches = parseCaseFile(file.sqlPath);
        const run = await runCase(node(), batches, file.database);
        for (const note of run.notes) t.diagnostic(note);
        if (update) {
          writeFileSync(file.expectedPath, run.text);
          t.diagnostic(`rewrote ${file.expectedPath}: review it against SQL Server's behaviour before committing`);
          return;
        }
        const expected = hasExpected(file) ? readFileSync(file.expectedPath, 'utf8') : '';
        const cmp = compareRenderings(expected, run.text);
        const tally = tallyBatches(expected, run.text);
        const reason = known.get(file.id);
        const verdict: Verdict = cmp.equal ? (reason === undefined ? 'pass' : 'fixed') : (reason === undefined ? 'fail' : 'known');
        results.push({ file, batches: tally.total, matching: tally.matching, verdict, detail: cmp.firstDifference });
        switch (verdict) {
          case 'pass':
            return;
          case 'known':
            t.diagnostic(`known failure (${reason}): ${tally.matching}/${tally.total} cases match; ${cmp.firstDifference}`);
            if (verbose) for (const line of cmp.diff.split('\n')) t.diagnostic(line);
            return;
          case 'fixed':
            assert.fail(`${file.id} passes now: remove it from test/tsql/KNOWN_FAILURES`);
            break;
          case 'fail':
            assert.fail(`${file.id} differs from ${path.basename(file.expectedPath)}\n${cmp.firstDifference}\n${cmp.diff}`);
            break;
          default: {
            const never: never = verdict;
            throw new Error(String(never));
          }
        }
      });
    }
  });
}

test('summary: cases per area', (t) => {
  if (results.length === 0) return;
  const byArea = new Map<string, { files: number; cases: number; pass: number; matching: number; fail: string[] }>();
  for (const r of results) {
    const a = byArea.get(r.file.area) ?? { files: 0, cases: 0, pass: 0, matching: 0, fail: [] };
    a.files += 1;
    a.cases += r.batches;
    a.matching += r.matching;
    if (r.verdict === 'pass') a.pass += 1;
    else a.fail.push(`${r.file.id} [${r.verdict}] ${r.matching}/${r.batches} cases match; first difference ${r.detail}`);
    byArea.set(r.file.area, a);
  }
  const lines = ['T-SQL conformance (a case = one batch; a file passes when all its cases match):'];
  let total = 0;
  let matching = 0;
  for (const [area, a] of byArea) {
    total += a.cases;
    matching += a.matching;
    lines.push(`  ${area}: ${a.pass}/${a.files} files pass, ${a.matching}/${a.cases} cases match`);
    for (const f of a.fail) lines.push(`    ${f}`);
  }
  lines.push(`  total: ${total} cases, ${matching} match`);
  for (const line of lines) t.diagnostic(line);
});
