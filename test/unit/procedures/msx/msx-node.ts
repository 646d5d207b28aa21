// A real engine over a real store with msdb built and the TypeScript procedures registered: the
// msdb-node fixture with `procedures`, so EXEC msdb.dbo.sp_help_targetserver runs our code.
import type { EngineSession } from '../../../../src/engine/api';
import type { ProcedureDefinition } from '../../../../src/engine/procedure-registry';
import { createProcedureRegistry, procedureDefinitions } from '../../../../src/procedures/index';
import { spMsxdAgentCapture } from '../../../../src/procedures/msdb/shared/agent-sql';
import { spAddJobServer } from '../../../../src/procedures/msdb/sp_add_jobserver';
import { spDeleteJobServer } from '../../../../src/procedures/msdb/sp_delete_jobserver';
import { openMsdbNode } from '../../msdb/msdb-node';

export { ok, PASSWORD, RecordingSink, run } from '../../msdb/msdb-node';

export interface MsxNode {
  readonly sa: EngineSession;
  /** a session of `loginName` (created with PASSWORD beforehand) in msdb */
  sessionOf(loginName: string): Promise<EngineSession>;
  /** sets GETDATE() of every session from now on */
  setNow(d: Date | undefined): void;
  dispose(): Promise<void>;
}

/** the procedures of index.ts, plus those the MSX procedures call in case index.ts does not list them yet */
function registry() {
  const defs: ProcedureDefinition[] = [...procedureDefinitions];
  for (const extra of [spMsxdAgentCapture, spAddJobServer, spDeleteJobServer]) {
    if (!defs.some((d) => d.name === extra.name)) defs.push(extra);
  }
  return createProcedureRegistry(defs);
}

export async function openMsxNode(): Promise<MsxNode> {
  let now: Date | undefined;
  const node = await openMsdbNode({
    prefix: 'msxd-msx-', procedures: registry, clock: () => now ?? new Date(), authenticateSa: false,
  });
  return {
    sa: node.sa,
    sessionOf: (loginName) => node.sessionOf(loginName),
    setNow(d) { now = d; },
    dispose: () => node.dispose(),
  };
}
