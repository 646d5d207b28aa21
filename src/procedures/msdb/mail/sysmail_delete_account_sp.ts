// sysmail_delete_account_sp: an account, its servers and its place in every profile (SQL Server's
// ON DELETE CASCADE), sysadmin. Its SMTP credential loses its secret (mail-sql.ts).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sysmail-delete-account-sp-transact-sql
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { INT, SYSNAME } from '../job-support/param-types';
import { execSql, ilit } from '../shared/index';
import { clearAccountCredentials } from './mail-sql';
import { verifyMailObject } from './verify-identifiers';

export const sysmailDeleteAccountSp: ProcedureDefinition = {
  name: 'sysmail_delete_account_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@account_id', type: INT, default: null },
    { name: '@account_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const id = await verifyMailObject(ctx, 'account', args.value('@account_id'), args.value('@account_name'), false);
    if (typeof id !== 'number') return 1;
    await clearAccountCredentials(ctx, [id]);
    const ok = await execSql(ctx, [
      `DELETE FROM msdb.dbo.sysmail_profileaccount WHERE account_id = ${ilit(id)};`,
      `DELETE FROM msdb.dbo.sysmail_server WHERE account_id = ${ilit(id)};`,
      `DELETE FROM msdb.dbo.sysmail_account WHERE account_id = ${ilit(id)};`,
    ], true);
    return ok ? 0 : 1;
  },
};
