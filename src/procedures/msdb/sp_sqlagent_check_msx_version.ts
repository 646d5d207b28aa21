// sp_sqlagent_check_msx_version [@required_microsoft_version]: run by a target agent at start
// on its MSX; refuses (14541, return 1) when the MSX is older than the target requires.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { queryRow, raise } from './shared/agent-sql';
import { executeDenied, isTargetServerLogin } from './msx/msx-sql';
import { versionText } from './msx/msx-version';
import { INT } from './msx/param-types';

/** 7.0.594, SQL Server's default requirement */
const DEFAULT_REQUIRED = 0x07000252;

export const spSqlAgentCheckMsxVersion: ProcedureDefinition = {
  name: 'sp_sqlagent_check_msx_version',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@required_microsoft_version', type: INT, default: null }],
  async run(ctx, args) {
    if (!(await isTargetServerLogin(ctx))) throw executeDenied('sp_sqlagent_check_msx_version');
    const arg = args.value('@required_microsoft_version');
    const required = arg === null ? DEFAULT_REQUIRED : Number(arg);
    const msx = Number((await queryRow(ctx, 'SELECT @@MICROSOFTVERSION AS v'))?.v ?? 0);
    if (msx < required) return raise(ctx, 14541, versionText(msx), versionText(required));
    return 0;
  },
};
