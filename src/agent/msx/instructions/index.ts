// One download instruction applied on this target, by operation code (msx-agent.md §4). A handler
// that throws makes the poller write the error on the instruction's row, which blocks the target.
import { OPERATION_CODE, type OperationCode } from '../../../codes/msx-codes';
import { objectIdInt, type DownloadInstruction } from '../msx-types';
import type { ApplyContext } from './apply-context';
import { insertJob } from './insert-job';
import { setPoll } from './set-poll';
import { startJob } from './start-job';
import { deleteJob, stopJob, updateJob } from './job-instructions';
import { defect, reEnlist } from './server-instructions';
import { syncTime } from './sync-time';

export type { ApplyContext, TargetAgentHooks } from './apply-context';

const CODES: ReadonlySet<number> = new Set(Object.values(OPERATION_CODE));

function isOperationCode(n: number): n is OperationCode {
  return CODES.has(n);
}

export async function applyInstruction(ctx: ApplyContext, i: DownloadInstruction): Promise<void> {
  if (!isOperationCode(i.operationCode)) throw new Error(`unknown operation code ${i.operationCode}`);
  const code = i.operationCode;
  switch (code) {
    case OPERATION_CODE.INSERT: return insertJob(ctx, i.objectId);
    case OPERATION_CODE.START: return startJob(ctx, i.objectId, i.sourceServer);
    case OPERATION_CODE.SET_POLL: return setPoll(ctx, objectIdInt(i.objectId));
    case OPERATION_CODE.UPDATE: return updateJob(ctx, i.objectId);
    case OPERATION_CODE.DELETE: return deleteJob(ctx, i.objectId);
    case OPERATION_CODE.STOP: return stopJob(ctx, i.objectId, i.sourceServer);
    case OPERATION_CODE.RE_ENLIST: return reEnlist(ctx);
    case OPERATION_CODE.DEFECT: return defect(ctx);
    case OPERATION_CODE.SYNC_TIME: return syncTime(ctx, objectIdInt(i.objectId));
    default: {
      const never: never = code;
      throw new Error(`unknown operation code ${String(never)}`);
    }
  }
}
