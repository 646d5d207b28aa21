// pyodbc + FreeTDS ODBC: SET FMTONLY ON batches (cursor.description without rows) and
// sp_describe_first_result_set read as a result set.
import path from 'node:path';
import { clientsDir, freetdsEnvironment, freetdsOdbcDriver, probeEnvironment, pythonHas, runProbe } from '../helpers/client-probe';
import { clientSuite } from '../helpers/client-suite';

clientSuite({
  title: 'pyodbc metadata discovery',
  missing: () => {
    if (!pythonHas('pyodbc')) return 'pyodbc missing for /usr/bin/python3 (apt-get install python3-pyodbc)';
    if (freetdsOdbcDriver() === undefined) return 'FreeTDS ODBC driver libtdsodbc.so missing (apt-get install tdsodbc)';
    return undefined;
  },
  run: (node, encrypt) => runProbe('/usr/bin/python3', [path.join(clientsDir(), 'pyodbc_describe_probe.py')], {
    ...freetdsEnvironment(node, encrypt), ...probeEnvironment(node, encrypt), FREETDS_SECTION: 'h74',
  }),
  checks: ['login', 'fmtonly', 'describe'],
});
