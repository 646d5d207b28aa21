// sysmail_help_profileaccount_sp: the accounts of the profiles (sysadmin), filtered by profile
// and/or account (each by id or name; both NULL = no filter): profile_id, profile_name,
// account_id, account_name, sequence_number.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sysmail-help-profileaccount-sp-transact-sql
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { ilit } from '../shared/index';
import { PROFILE_ACCOUNT_PARAMETERS, verifyMailObject } from './verify-identifiers';

export const sysmailHelpProfileaccountSp: ProcedureDefinition = {
  name: 'sysmail_help_profileaccount_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: PROFILE_ACCOUNT_PARAMETERS,
  async run(ctx, args) {
    const profileId = await verifyMailObject(ctx, 'profile', args.value('@profile_id'), args.value('@profile_name'), true);
    if (profileId === 'failed') return 1;
    const accountId = await verifyMailObject(ctx, 'account', args.value('@account_id'), args.value('@account_name'), true);
    if (accountId === 'failed') return 1;
    const where = [
      ...(profileId !== null ? [`pa.profile_id = ${ilit(profileId)}`] : []),
      ...(accountId !== null ? [`pa.account_id = ${ilit(accountId)}`] : []),
    ];
    await ctx.executeSql(`SELECT p.profile_id, p.name AS profile_name, a.account_id, a.name AS account_name, pa.sequence_number
FROM msdb.dbo.sysmail_profileaccount AS pa
JOIN msdb.dbo.sysmail_profile AS p ON p.profile_id = pa.profile_id
JOIN msdb.dbo.sysmail_account AS a ON a.account_id = pa.account_id
${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.profile_id, pa.sequence_number, a.account_id;`);
    return 0;
  },
};
