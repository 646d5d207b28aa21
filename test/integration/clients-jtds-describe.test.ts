// jTDS 1.3.1 PreparedStatement.getMetaData() before execute: the SET FMTONLY ON batch jTDS sends,
// checked column by column (names, types, precision/scale, nullability) and against the metadata
// of the same statement when it runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientsDir, probeEnvironment, runProbe, which } from '../helpers/client-probe';
import { clientSuite } from '../helpers/client-suite';

const JTDS_JAR = '/usr/share/java/jtds.jar';
let classDir = '';

clientSuite({
  title: 'jTDS PreparedStatement.getMetaData',
  missing: () => {
    if (which('javac') === undefined || which('java') === undefined) return 'no JDK (javac/java) on PATH (apt-get install default-jdk-headless)';
    if (!existsSync(JTDS_JAR)) return `${JTDS_JAR} missing (apt-get install libjtds-java)`;
    return undefined;
  },
  prepare: async () => {
    classDir = mkdtempSync(path.join(os.tmpdir(), 'msxd-jtds-describe-'));
    const javac = spawnSync('javac', ['-encoding', 'UTF-8', '-cp', JTDS_JAR, '-d', classDir,
      path.join(clientsDir(), 'JtdsDescribeProbe.java')], { encoding: 'utf8' });
    if (javac.status !== 0) throw new Error(`javac failed: ${javac.stderr}`);
  },
  run: (node, encrypt) => runProbe('java', ['-cp', `${classDir}:${JTDS_JAR}`, 'JtdsDescribeProbe'], probeEnvironment(node, encrypt)),
  checks: ['login', 'metadata_before_execute', 'nothing_ran', 'same_when_run'],
});
