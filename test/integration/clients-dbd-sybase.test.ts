// Perl DBI + DBD::Sybase (FreeTDS CT-Library), TDS 7.4.
import path from 'node:path';
import { clientsDir, freetdsEnvironment, perlHas, probeEnvironment, runProbe } from '../helpers/client-probe';
import { clientSuite } from '../helpers/client-suite';

clientSuite({
  title: 'DBD::Sybase',
  missing: () => (perlHas('DBD::Sybase') ? undefined : 'Perl DBD::Sybase missing (apt-get install libdbd-sybase-perl)'),
  run: (node, encrypt) => runProbe('perl', [path.join(clientsDir(), 'dbd_sybase_probe.pl')], {
    ...freetdsEnvironment(node, encrypt), ...probeEnvironment(node, encrypt), FREETDS_SECTION: 'h74',
  }),
  checks: ['login', 'select_one', 'unicode', 'param', 'raiserror', 'print'],
});
