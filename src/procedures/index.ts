// The procedures written in TypeScript, as an explicit list (no directory scanning). server/ passes
// `systemProcedures` to createEngine({ procedures }). sp_executesql and the sp_prepare family live
// in the engine (src/engine/rpc/engine-procedures.ts) because they run T-SQL through the
// interpreter with variadic, declaration-typed parameters.
import type { ProcedureDefinition, ProcedureRegistry } from '../engine/procedure-registry';
import { createProcedureRegistry } from './registry';
import { spServerInfo } from './sp_server_info';

export const procedureDefinitions: readonly ProcedureDefinition[] = [spServerInfo];

export const systemProcedures: ProcedureRegistry = createProcedureRegistry(procedureDefinitions);

export { createProcedureRegistry };
