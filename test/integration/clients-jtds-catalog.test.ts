// jTDS 1.3.1 DatabaseMetaData (getPrimaryKeys, getImportedKeys, getIndexInfo, getProcedures,
// getProcedureColumns, getTypeInfo, getColumns): the catalog procedures called as RPCs by name.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientsDir, probeEnvironment, runProbe, which } from '../helpers/client-probe';
import { clientSuite } from '../helpers/client-suite';

const JTDS_JAR = '/usr/share/java/jtds.jar';
let classDir = '';

clientSuite({
  title: 'jTDS DatabaseMetaData',
  missing: () => {
    if (which('javac') === undefined || which('java') === undefined) return 'no JDK (javac/java) on PATH (apt-get install default-jdk-headless)';
    if (!existsSync(JTDS_JAR)) return `${JTDS_JAR} missing (apt-get install libjtds-java)`;
    return undefined;
  },
  prepare: async () => {
    classDir = mkdtempSync(path.join(os.tmpdir(), 'msxd-jtds-catalog-'));
    const javac = spawnSync('javac', ['-encoding', 'UTF-8', '-cp', JTDS_JAR, '-d', classDir,
      path.join(clientsDir(), 'JtdsCatalogProbe.java')], { encoding: 'utf8' });
    if (javac.status !== 0) throw new Error(`javac failed: ${javac.stderr}`);
  },
  run: (node, encrypt) => runProbe('java', ['-cp', `${classDir}:${JTDS_JAR}`, 'JtdsCatalogProbe'], probeEnvironment(node, encrypt)),
  checks: ['login', 'primary_keys', 'imported_keys', 'index_info', 'procedures', 'procedure_columns', 'type_info', 'columns'],
});
