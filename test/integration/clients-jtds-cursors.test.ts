// jTDS with useCursors=true reads, scrolls and updates result sets through msxd's API server
// cursors (sp_cursoropen / sp_cursorfetch / sp_cursor / sp_cursorclose, sent by ProcID).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { clientsDir, explain, probeEnvironment, runProbe, which } from '../helpers/client-probe';
import { nodeForFile } from '../helpers/node-fixture';

const JTDS_JAR = '/usr/share/java/jtds.jar';
const CHECKS = ['login', 'setup', 'forward_read', 'scroll_insensitive', 'scroll_sensitive_read_only_downgraded', 'prepared_scroll', 'updatable'];

const missing = which('javac') === undefined || which('java') === undefined ? 'no JDK (javac/java) on PATH'
  : existsSync(JTDS_JAR) ? undefined : `${JTDS_JAR} missing (apt-get install libjtds-java)`;
const node = nodeForFile();
let classDir = '';

before(() => {
  if (missing !== undefined) return;
  classDir = mkdtempSync(path.join(os.tmpdir(), 'msxd-jtds-cursors-'));
  const javac = spawnSync('javac', ['-encoding', 'UTF-8', '-cp', JTDS_JAR, '-d', classDir,
    path.join(clientsDir(), 'JtdsCursorProbe.java')], { encoding: 'utf8' });
  if (javac.status !== 0) throw new Error(`javac failed: ${javac.stderr}`);
});

test('jTDS useCursors=true: forward, scrollable, prepared and updatable result sets', async (t) => {
  if (missing !== undefined) {
    if (process.env['MSXD_REQUIRE_CLIENTS'] === '1') assert.fail(`MSXD_REQUIRE_CLIENTS=1 but ${missing}`);
    t.skip(missing);
    return;
  }
  const run = await runProbe('java', ['-cp', `${classDir}:${JTDS_JAR}`, 'JtdsCursorProbe'], probeEnvironment(await node.ready(), false));
  for (const check of CHECKS) {
    await t.test(check, (st) => {
      const result = run.results.find((r) => r.name === check);
      if (result !== undefined) st.diagnostic(result.detail);
      assert.equal(result?.status, 'PASS', explain(run, check));
    });
  }
});
