// pyodbc + unixODBC + FreeTDS ODBC running the maintenance commands of Agent job steps (DBCC
// CHECKDB, SHRINKDATABASE, USEROPTIONS, UPDATE STATISTICS, ALTER INDEX, xp_cmdshell while off).
import path from 'node:path';
import { clientsDir, freetdsEnvironment, freetdsOdbcDriver, probeEnvironment, pythonHas, runProbe } from '../helpers/client-probe';
import { clientSuite } from '../helpers/client-suite';

clientSuite({
  title: 'pyodbc maintenance commands',
  missing: () => {
    if (!pythonHas('pyodbc')) return 'pyodbc missing for /usr/bin/python3 (apt-get install python3-pyodbc)';
    if (freetdsOdbcDriver() === undefined) return 'FreeTDS ODBC driver libtdsodbc.so missing (apt-get install tdsodbc)';
    return undefined;
  },
  run: (node, encrypt) => runProbe('/usr/bin/python3', [path.join(clientsDir(), 'pyodbc_maintenance_probe.py')], {
    ...freetdsEnvironment(node, encrypt), ...probeEnvironment(node, encrypt), FREETDS_SECTION: 'h74',
  }),
  checks: ['login', 'checkdb', 'shrink', 'useroptions', 'statistics', 'cmdshell_off'],
});
