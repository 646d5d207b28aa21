// pyodbc over FreeTDS ODBC with a STATIC cursor type: result sets come through msxd's API server
// cursors (FreeTDS sends sp_cursoropen / sp_cursorfetch / sp_cursorclose RPCs), and the hidden
// ROWSTAT column stays hidden.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { clientsDir, explain, freetdsEnvironment, freetdsOdbcDriver, probeEnvironment, pythonHas, runProbe } from '../helpers/client-probe';
import { nodeForFile } from '../helpers/node-fixture';

const CHECKS = ['login', 'setup', 'static_read', 'static_read_parameters'];
const missing = !pythonHas('pyodbc') ? 'pyodbc missing for /usr/bin/python3 (apt-get install python3-pyodbc)'
  : freetdsOdbcDriver() === undefined ? 'FreeTDS ODBC driver libtdsodbc.so missing (apt-get install tdsodbc)' : undefined;
const node = nodeForFile();

test('pyodbc (FreeTDS ODBC) reads through a STATIC server cursor', async (t) => {
  if (missing !== undefined) {
    if (process.env['MSXD_REQUIRE_CLIENTS'] === '1') assert.fail(`MSXD_REQUIRE_CLIENTS=1 but ${missing}`);
    t.skip(missing);
    return;
  }
  const n = await node.ready();
  const run = await runProbe('/usr/bin/python3', [path.join(clientsDir(), 'pyodbc_cursor_probe.py')], {
    ...freetdsEnvironment(n, false), ...probeEnvironment(n, false), FREETDS_SECTION: 'h74',
  });
  for (const check of CHECKS) {
    await t.test(check, (st) => {
      const result = run.results.find((r) => r.name === check);
      if (result !== undefined) st.diagnostic(result.detail);
      assert.equal(result?.status, 'PASS', explain(run, check));
    });
  }
});
