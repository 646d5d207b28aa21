// Posting download instructions for multiserver jobs: the procedures of this folder call
// sp_post_msx_operation's body, msx/post-msx-operation.ts (reference §4), through here.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { postMsxOperation } from '../msx/post-msx-operation';
import { raiseWith } from './agent-sql';

export type JobOperation = 'INSERT' | 'UPDATE' | 'DELETE' | 'START' | 'STOP';

export interface JobPost {
  readonly operation: JobOperation;
  readonly jobId: string;
  /** NULL = every target of the job */
  readonly specificTargetServer?: string;
}

export { postMsxOperation };

/** 14547: the change is not posted (@automatic_post = 0 on a multiserver job) */
export async function warnNotPosted(ctx: ProcedureContext, operation: JobOperation): Promise<void> {
  await raiseWith(ctx, 14547, 0, operation, 'sp_post_msx_operation');
}
