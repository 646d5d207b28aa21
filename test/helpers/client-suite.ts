// One test per (client, encryption) pair, one subtest per check the probe reported. A client that
// is not installed skips with the reason; CI installs all of them (.ci/run), so there they run.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { explain, type ProbeRun } from './client-probe';
import { startNode, type NodeHandle } from './start-node';

export interface ClientSuite {
  readonly title: string;
  /** undefined when the client can run here, else why not (shown as the skip reason) */
  readonly missing: () => string | undefined;
  /** runs the probe against the node; `encrypt` = TLS for the whole session */
  readonly run: (node: NodeHandle, encrypt: boolean) => Promise<ProbeRun>;
  /** every check the probe must report as PASS */
  readonly checks: readonly string[];
  /** optional one-time preparation (for example compiling the Java probe) */
  readonly prepare?: () => Promise<void>;
}

export function clientSuite(suite: ClientSuite): void {
  describe(suite.title, () => {
    let node: NodeHandle | undefined;
    const reason = suite.missing();
    before(async () => {
      if (reason !== undefined) return;
      await suite.prepare?.();
      node = await startNode({ name: 'MSXDCLIENTS' });
    });
    after(async () => {
      await node?.stop();
    });
    for (const encrypt of [false, true]) {
      test(`${suite.title} ${encrypt ? 'with TLS (encryption required)' : 'in clear text'}`, async (t) => {
        if (reason !== undefined) {
          // CI installs every client; there a missing one is a broken CI image, not a reason to skip.
          if (process.env['MSXD_REQUIRE_CLIENTS'] === '1') assert.fail(`MSXD_REQUIRE_CLIENTS=1 but ${reason}`);
          t.skip(reason);
          return;
        }
        assert.ok(node !== undefined, 'the node did not start (see the before hook)');
        const run = await suite.run(node, encrypt);
        for (const check of suite.checks) {
          await t.test(check, (st) => {
            const result = run.results.find((r) => r.name === check);
            if (result !== undefined) st.diagnostic(result.detail);
            assert.equal(result?.status, 'PASS', explain(run, check));
          });
        }
      });
    }
  });
}
