// sysmail_add_profileaccount_sp: puts an account in a profile at a sequence number (sysadmin).
// Status 1 for a bad profile, 2 for a bad account (after the 1460x error); the same pair twice
// fails on the primary key (SYSMAIL_ACCOUNT_ProfileAccountMustBeUnique), as in SQL Server.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sysmail-add-profileaccount-sp-transact-sql
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { INT } from '../job-support/param-types';
import { execSql, ilit } from '../shared/index';
import { PROFILE_ACCOUNT_PARAMETERS, verifyMailObject } from './verify-identifiers';

export const sysmailAddProfileaccountSp: ProcedureDefinition = {
  name: 'sysmail_add_profileaccount_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    ...PROFILE_ACCOUNT_PARAMETERS,
    { name: '@sequence_number', type: INT },
  ],
  async run(ctx, args) {
    const profileId = await verifyMailObject(ctx, 'profile', args.value('@profile_id'), args.value('@profile_name'), false);
    if (typeof profileId !== 'number') return 1;
    const accountId = await verifyMailObject(ctx, 'account', args.value('@account_id'), args.value('@account_name'), false);
    if (typeof accountId !== 'number') return 2;
    const inserted = await execSql(ctx, `INSERT INTO msdb.dbo.sysmail_profileaccount (profile_id, account_id, sequence_number)
VALUES (${ilit(profileId)}, ${ilit(accountId)}, ${ilit(args.value('@sequence_number'))});`);
    return inserted ? 0 : 3;
  },
};
