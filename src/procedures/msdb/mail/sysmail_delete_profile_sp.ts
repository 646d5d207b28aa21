// sysmail_delete_profile_sp: a profile and its account links (its accounts stay), sysadmin.
// @force_delete is accepted for SQL Server's signature; msxd has no mail queue to check.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sysmail-delete-profile-sp-transact-sql
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { BIT, INT, SYSNAME } from '../job-support/param-types';
import { execSql, ilit } from '../shared/index';
import { verifyMailObject } from './verify-identifiers';

export const sysmailDeleteProfileSp: ProcedureDefinition = {
  name: 'sysmail_delete_profile_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@profile_id', type: INT, default: null },
    { name: '@profile_name', type: SYSNAME, default: null },
    { name: '@force_delete', type: BIT, default: true },
  ],
  async run(ctx, args) {
    const id = await verifyMailObject(ctx, 'profile', args.value('@profile_id'), args.value('@profile_name'), false);
    if (typeof id !== 'number') return 1;
    const ok = await execSql(ctx, [
      `DELETE FROM msdb.dbo.sysmail_profileaccount WHERE profile_id = ${ilit(id)};`,
      `DELETE FROM msdb.dbo.sysmail_profile WHERE profile_id = ${ilit(id)};`,
    ], true);
    return ok ? 0 : 1;
  },
};
