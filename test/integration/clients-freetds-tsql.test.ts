// FreeTDS tsql, TDS 7.4 and 7.1, clear text and TLS (encryption = require).
import { freetdsEnvironment, which } from '../helpers/client-probe';
import { clientSuite } from '../helpers/client-suite';
import { runTsqlChecks } from '../clients/freetds-tsql';

const CHECKS = ['login', 'select_one', 'unicode', 'version', 'raiserror', 'print'];

for (const section of ['h74', 'h71'] as const) {
  clientSuite({
    title: `FreeTDS tsql, TDS ${section === 'h74' ? '7.4' : '7.1'}`,
    missing: () => (which('tsql') === undefined ? 'FreeTDS tsql not installed (apt-get install freetds-bin)' : undefined),
    run: (node, encrypt) => runTsqlChecks(section, node.saPassword, freetdsEnvironment(node, encrypt)),
    checks: CHECKS,
  });
}
