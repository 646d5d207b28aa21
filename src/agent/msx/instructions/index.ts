// One download instruction applied on this target, by operation code (msx-agent.md §4). A handler
// that throws makes the poller write the error on the instruction's row, which blocks the target.
import { OPERATION_CODE, objectIdInt, type DownloadInstruction, type OperationCode } from '../msx-types';
import type { ApplyContext } from './apply-context';
import { insertJob } from './insert-job';
import { setPoll } from './set-poll';
import { startJob } from './start-job';

export type { ApplyContext, TargetAgentHooks } from './apply-context';

const CODES: ReadonlySet<number> = new Set(Object.values(OPERATION_CODE));

function isOperationCode(n: number): n is OperationCode {
  return CODES.has(n);
}

export async function applyInstruction(ctx: ApplyContext, i: DownloadInstruction): Promise<void> {
  if (!isOperationCode(i.operationCode)) throw new Error(`unknown operation code ${i.operationCode}`);
  const code = i.operationCode;
  switch (code) {
    case OPERATION_CODE.insert: return insertJob(ctx, i.objectId);
    case OPERATION_CODE.start: return startJob(ctx, i.objectId, i.sourceServer);
    case OPERATION_CODE.setPoll: return setPoll(ctx, objectIdInt(i.objectId));
    case OPERATION_CODE.update:
    case OPERATION_CODE.delete:
    case OPERATION_CODE.stop:
    case OPERATION_CODE.reEnlist:
    case OPERATION_CODE.defect:
    case OPERATION_CODE.syncTime:
      throw new Error(`operation ${code} is not implemented by this target agent yet`);
    default: {
      const never: never = code;
      throw new Error(`unknown operation code ${String(never)}`);
    }
  }
}
