// The two procedures of the waiting connection (msxd-only; README "The waiting connection").
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { spMsxdForcePoll } from './sp_msxd_force_poll';
import { spMsxdWaitForInstructions } from './sp_msxd_wait_for_instructions';

export const waitingConnectionProcedures: readonly ProcedureDefinition[] = [spMsxdWaitForInstructions, spMsxdForcePoll];
export { withInstructionNotifier } from './node-instruction-notifier';
