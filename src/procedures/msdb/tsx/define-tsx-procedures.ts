// The target-side procedures bound to a TsxHost (the server's way out to masters). The static
// registry binds UNCONFIGURED_TSX_HOST; the server binds its own (createSystemProcedures).
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { msxDefectProcedure } from '../sp_msx_defect';
import { msxEnlistProcedure } from '../sp_msx_enlist';
import { spMsxGetAccount } from '../sp_msx_get_account';
import { spMsxSetAccount } from '../sp_msx_set_account';
import type { TsxHost } from './remote-msx';

export function tsxProcedures(host: TsxHost): readonly ProcedureDefinition[] {
  return [msxEnlistProcedure(host), msxDefectProcedure(host), spMsxSetAccount, spMsxGetAccount];
}

export const TSX_PROCEDURE_NAMES: ReadonlySet<string> = new Set(['sp_msx_enlist', 'sp_msx_defect', 'sp_msx_set_account', 'sp_msx_get_account']);
