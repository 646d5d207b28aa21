// jTDS with useCursors=true reads, scrolls and updates result sets through msxd's API server
// cursors (sp_cursoropen / sp_cursorfetch / sp_cursor / sp_cursorclose, sent by ProcID).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { explain } from '../helpers/client-probe';
import { compileJtdsProbe, jtdsMissing, type JtdsProbe } from '../helpers/jtds-probe';
import { nodeForFile } from '../helpers/node-fixture';

const CHECKS = ['login', 'setup', 'forward_read', 'scroll_insensitive', 'scroll_sensitive_read_only_downgraded', 'prepared_scroll', 'updatable'];

const missing = jtdsMissing();
const node = nodeForFile();
let probe: JtdsProbe | undefined;

before(() => {
  if (missing === undefined) probe = compileJtdsProbe('JtdsCursorProbe');
});

test('jTDS useCursors=true: forward, scrollable, prepared and updatable result sets', async (t) => {
  if (missing !== undefined) {
    if (process.env['MSXD_REQUIRE_CLIENTS'] === '1') assert.fail(`MSXD_REQUIRE_CLIENTS=1 but ${missing}`);
    t.skip(missing);
    return;
  }
  const run = await probe!.run(await node.ready(), false);
  for (const check of CHECKS) {
    await t.test(check, (st) => {
      const result = run.results.find((r) => r.name === check);
      if (result !== undefined) st.diagnostic(result.detail);
      assert.equal(result?.status, 'PASS', explain(run, check));
    });
  }
});
