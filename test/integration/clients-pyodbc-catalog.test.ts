// pyodbc's ODBC catalog functions (primaryKeys, foreignKeys, statistics, rowIdColumns, procedures,
// procedureColumns, getTypeInfo) over FreeTDS ODBC: the sp_pkeys family as a real driver calls it.
import path from 'node:path';
import { clientsDir, freetdsEnvironment, freetdsOdbcDriver, probeEnvironment, pythonHas, runProbe } from '../helpers/client-probe';
import { clientSuite } from '../helpers/client-suite';

clientSuite({
  title: 'pyodbc catalog functions over FreeTDS ODBC',
  missing: () => {
    if (!pythonHas('pyodbc')) return 'pyodbc missing for /usr/bin/python3 (apt-get install python3-pyodbc)';
    if (freetdsOdbcDriver() === undefined) return 'FreeTDS ODBC driver libtdsodbc.so missing (apt-get install tdsodbc)';
    return undefined;
  },
  run: (node, encrypt) => runProbe('/usr/bin/python3', [path.join(clientsDir(), 'pyodbc_catalog_probe.py')], {
    ...freetdsEnvironment(node, encrypt), ...probeEnvironment(node, encrypt), FREETDS_SECTION: 'h74',
  }),
  checks: ['login', 'primary_keys', 'foreign_keys', 'statistics', 'row_id_columns', 'procedures', 'procedure_columns', 'type_info'],
});
