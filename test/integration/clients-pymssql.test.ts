// pymssql (FreeTDS DB-Library), TDS 7.4.
import path from 'node:path';
import { clientsDir, freetdsEnvironment, probeEnvironment, pythonHas, runProbe } from '../helpers/client-probe';
import { clientSuite } from '../helpers/client-suite';

clientSuite({
  title: 'pymssql',
  missing: () => (pythonHas('pymssql') ? undefined : 'pymssql missing for /usr/bin/python3 (apt-get install python3-pymssql)'),
  run: (node, encrypt) => runProbe('/usr/bin/python3', [path.join(clientsDir(), 'pymssql_probe.py')], {
    ...freetdsEnvironment(node, encrypt), ...probeEnvironment(node, encrypt),
  }),
  checks: ['login', 'select_one', 'unicode', 'param', 'trancount', 'raiserror', 'print'],
});
