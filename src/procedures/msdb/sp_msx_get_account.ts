// sp_msx_get_account (TSX): the credential set by sp_msx_set_account, one row, or no result set
// when the target uses integrated connections (RegularMSXConnections <> 1). Reference §1.1.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, nvarchar, SYSNAME } from './msx/param-types';
import { msxCredential } from './tsx/msx-account';

export const spMsxGetAccount: ProcedureDefinition = {
  name: 'sp_msx_get_account',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [],
  async run(ctx) {
    const c = await msxCredential(ctx);
    if (!c) return 0;
    await ctx.resultSet([
      { name: 'msx_connection', type: INT, nullable: false },
      { name: 'msx_credential_id', type: INT, nullable: false },
      { name: 'msx_credential_name', type: SYSNAME, nullable: false },
      { name: 'msx_login_name', type: nvarchar(4000), nullable: true },
    ], [[1, c.credential_id, c.name, c.credential_identity]]);
    return 0;
  },
};
