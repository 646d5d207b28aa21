// sysmail_help_account_sp: one account or all, with its SMTP server (sysadmin). Columns as SQL
// Server's: account_id, name, description, email_address, display_name, replyto_address,
// servertype, servername, port, username, use_default_credentials, enable_ssl (never the password).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sysmail-help-account-sp-transact-sql
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { INT, SYSNAME } from '../job-support/param-types';
import { ilit } from '../shared/index';
import { verifyMailObject } from './verify-identifiers';

export const sysmailHelpAccountSp: ProcedureDefinition = {
  name: 'sysmail_help_account_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@account_id', type: INT, default: null },
    { name: '@account_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const id = await verifyMailObject(ctx, 'account', args.value('@account_id'), args.value('@account_name'), true);
    if (id === 'failed') return 1;
    await ctx.executeSql(`SELECT a.account_id, a.name, a.description, a.email_address, a.display_name, a.replyto_address,
  s.servertype, s.servername, s.port, s.username, s.use_default_credentials, s.enable_ssl
FROM msdb.dbo.sysmail_account AS a JOIN msdb.dbo.sysmail_server AS s ON s.account_id = a.account_id
${id === null ? '' : `WHERE a.account_id = ${ilit(id)}`} ORDER BY a.account_id;`);
    return 0;
  },
};
