// pyodbc + unixODBC + FreeTDS ODBC: bound parameters arrive as RPC sp_prepexec.
import path from 'node:path';
import { clientsDir, freetdsEnvironment, freetdsOdbcDriver, probeEnvironment, pythonHas, runProbe } from '../helpers/client-probe';
import { clientSuite } from '../helpers/client-suite';

clientSuite({
  title: 'pyodbc over FreeTDS ODBC',
  missing: () => {
    if (!pythonHas('pyodbc')) return 'pyodbc missing for /usr/bin/python3 (apt-get install python3-pyodbc)';
    if (freetdsOdbcDriver() === undefined) return 'FreeTDS ODBC driver libtdsodbc.so missing (apt-get install tdsodbc)';
    return undefined;
  },
  run: (node, encrypt) => runProbe('/usr/bin/python3', [path.join(clientsDir(), 'pyodbc_probe.py')], {
    ...freetdsEnvironment(node, encrypt), ...probeEnvironment(node, encrypt), FREETDS_SECTION: 'h74',
  }),
  checks: ['login', 'select_one', 'version', 'unicode', 'param', 'raiserror', 'print'],
});
