// The jTDS probes (test/clients/Jtds*Probe.java): whether this machine can run them, compiling one
// into a temporary folder, and running it against a node. Shared by the clients-jtds*.test.ts files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientsDir, probeEnvironment, runProbe, which, type ProbeRun } from './client-probe';
import type { NodeHandle } from './start-node';

/** Debian's libjtds-java */
export const JTDS_JAR = '/usr/share/java/jtds.jar';

/** why the jTDS probes cannot run here, or undefined when they can */
export function jtdsMissing(): string | undefined {
  if (which('javac') === undefined || which('java') === undefined) return 'no JDK (javac/java) on PATH (apt-get install default-jdk-headless)';
  if (!existsSync(JTDS_JAR)) return `${JTDS_JAR} missing (apt-get install libjtds-java)`;
  return undefined;
}

/** A compiled probe class, ready to run. */
export interface JtdsProbe {
  run(node: Pick<NodeHandle, 'host' | 'port' | 'saPassword'>, encrypt: boolean): Promise<ProbeRun>;
}

/** Compiles test/clients/<className>.java (with JtdsProbeSupport.java) against the jTDS jar; throws with javac's output when it fails. */
export function compileJtdsProbe(className: string): JtdsProbe {
  const classDir = mkdtempSync(path.join(os.tmpdir(), `msxd-${className.toLowerCase()}-`));
  const javac = spawnSync('javac', ['-encoding', 'UTF-8', '-cp', JTDS_JAR, '-d', classDir,
    path.join(clientsDir(), 'JtdsProbeSupport.java'), path.join(clientsDir(), `${className}.java`)], { encoding: 'utf8' });
  if (javac.status !== 0) throw new Error(`javac failed: ${javac.stderr}`);
  return {
    run: (node, encrypt) => runProbe('java', ['-cp', `${classDir}:${JTDS_JAR}`, className], probeEnvironment(node, encrypt)),
  };
}
