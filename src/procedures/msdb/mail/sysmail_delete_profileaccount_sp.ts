// sysmail_delete_profileaccount_sp: takes accounts out of profiles (sysadmin). Profile and account
// are each optional (id or name): both given = that link, one = all links of it, neither = every
// link, as SQL Server's. The accounts and profiles themselves stay.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sysmail-delete-profileaccount-sp-transact-sql
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { execSql, ilit } from '../shared/index';
import { PROFILE_ACCOUNT_PARAMETERS, verifyMailObject } from './verify-identifiers';

export const sysmailDeleteProfileaccountSp: ProcedureDefinition = {
  name: 'sysmail_delete_profileaccount_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: PROFILE_ACCOUNT_PARAMETERS,
  async run(ctx, args) {
    const profileId = await verifyMailObject(ctx, 'profile', args.value('@profile_id'), args.value('@profile_name'), true);
    if (profileId === 'failed') return 1;
    const accountId = await verifyMailObject(ctx, 'account', args.value('@account_id'), args.value('@account_name'), true);
    if (accountId === 'failed') return 2;
    const where = [
      ...(profileId !== null ? [`profile_id = ${ilit(profileId)}`] : []),
      ...(accountId !== null ? [`account_id = ${ilit(accountId)}`] : []),
    ];
    const ok = await execSql(ctx, `DELETE FROM msdb.dbo.sysmail_profileaccount${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''};`);
    return ok ? 0 : 1;
  },
};
