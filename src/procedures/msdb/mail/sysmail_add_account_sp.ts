// sysmail_add_account_sp: a Database Mail account and its SMTP server (sysadmin). Checks as
// sysmail_verify_accountparams_sp: default credentials with a user name or password 14666, an
// unknown server type 14614, a password without a user name 14615. The password is kept as SQL
// Server keeps it: a credential named by a new GUID (sysmail_create_user_credential_sp), its
// secret encrypted at rest, referenced by sysmail_server.credential_id. A duplicate account name
// fails on SYSMAIL_ACCOUNT_NameMustBeUnique.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sysmail-add-account-sp-transact-sql
import { randomUUID } from 'node:crypto';
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { BIT, INT, SYSNAME, nvarchar } from '../job-support/param-types';
import { execSql, ilit, nlit, queryRow, raise, trimmed } from '../shared/index';
import { escapeBracketed } from './mail-sql';

export const sysmailAddAccountSp: ProcedureDefinition = {
  name: 'sysmail_add_account_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@account_name', type: SYSNAME },
    { name: '@email_address', type: nvarchar(128) },
    { name: '@display_name', type: nvarchar(128), default: null },
    { name: '@replyto_address', type: nvarchar(128), default: null },
    { name: '@description', type: nvarchar(256), default: null },
    { name: '@mailserver_name', type: SYSNAME },
    { name: '@mailserver_type', type: SYSNAME, default: 'SMTP' },
    { name: '@port', type: INT, default: 25 },
    { name: '@username', type: nvarchar(128), default: null },
    { name: '@password', type: nvarchar(128), default: null },
    { name: '@use_default_credentials', type: BIT, default: false },
    { name: '@enable_ssl', type: BIT, default: false },
    { name: '@account_id', type: INT, default: null, output: true },
  ],
  async run(ctx, args) {
    const username = trimmed(args.value('@username'));
    const password = trimmed(args.value('@password'));
    const serverType = trimmed(args.value('@mailserver_type'));
    const defaultCredentials = args.value('@use_default_credentials') === true;
    if (defaultCredentials && (username !== undefined || password !== undefined)) return raise(ctx, 14666);
    if (serverType === undefined) return raise(ctx, 14614, null);
    if (!await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysmail_servertype WHERE servertype = ${nlit(serverType)}`)) {
      return raise(ctx, 14614, serverType);
    }
    if (password !== undefined && username === undefined) return raise(ctx, 14615);
    const serverName = args.value('@mailserver_name');
    const name = args.value('@account_name');
    if (!await execSql(ctx, `INSERT INTO msdb.dbo.sysmail_account (name, description, email_address, display_name, replyto_address)
VALUES (${nlit(name)}, ${nlit(args.value('@description'))}, ${nlit(args.value('@email_address'))}, ${nlit(args.value('@display_name'))},
  ${nlit(args.value('@replyto_address'))});`)) return 1;
    const account = await queryRow(ctx, `SELECT account_id FROM msdb.dbo.sysmail_account WHERE name = ${nlit(name)}`);
    const accountId = Number(account?.account_id);
    let credentialId: number | null = null;
    if (username !== undefined) {
      const credentialName = randomUUID().toUpperCase();
      const created = await execSql(ctx, `CREATE CREDENTIAL [${escapeBracketed(credentialName)}] WITH IDENTITY = ${nlit(username)}, SECRET = ${nlit(password ?? '')};`);
      const row = created ? await queryRow(ctx, `SELECT credential_id FROM master.sys.credentials WHERE name = ${nlit(credentialName)}`) : undefined;
      if (!row) {
        await execSql(ctx, `DELETE FROM msdb.dbo.sysmail_account WHERE account_id = ${ilit(accountId)};`);
        return raise(ctx, 14616, credentialName);
      }
      credentialId = Number(row.credential_id);
    }
    const serverOk = await execSql(ctx, `INSERT INTO msdb.dbo.sysmail_server (account_id, servertype, servername, port, username, credential_id,
  use_default_credentials, enable_ssl)
VALUES (${ilit(accountId)}, ${nlit(serverType)}, ${nlit(serverName)}, ${ilit(args.value('@port'))}, ${nlit(username)}, ${ilit(credentialId)},
  ${defaultCredentials ? 1 : 0}, ${args.value('@enable_ssl') === true ? 1 : 0});`);
    if (!serverOk) {
      await execSql(ctx, `DELETE FROM msdb.dbo.sysmail_account WHERE account_id = ${ilit(accountId)};`);
      return 1;
    }
    args.set('@account_id', accountId);
    return 0;
  },
};
