// msxd-only: what the node's agent needs to e-mail operators, as one row: the SMTP server of the
// first account (by sequence_number) of the Agent's Database Mail profile — registry values
// UseDatabaseMail = 1 and DatabaseMailProfile (sp_set_sqlagent_properties @use_databasemail,
// @databasemail_profile, or SSMS through xp_instance_regwrite) — with the password, the decrypted
// secret of the account's credential. SQL Server's agent reads msdb and the credential store
// itself; msxd's agent is a client of its node. No row when the Agent does not use Database
// Mail, the profile does not exist or has no SMTP account. sysadmin only (229), since it hands
// out a password, as sp_msxd_get_msx_connection; the agent's login is sysadmin.
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { ilit, nlit, queryRow, trimmed } from '../shared/index';
import { AGENT_KEY, agentNumber, readSetting } from '../schedule-support/agent-settings';
import type { TsxHost } from '../tsx/remote-msx';

export const AGENT_MAIL_SETTINGS_PROCEDURE = 'sp_msxd_agent_mail_settings';

const COLUMNS = `CONVERT(sysname, NULL) AS profile_name, CONVERT(sysname, NULL) AS account_name,
  CONVERT(sysname, NULL) AS servername, CONVERT(int, NULL) AS port, CONVERT(bit, NULL) AS enable_ssl,
  CONVERT(nvarchar(128), NULL) AS email_address, CONVERT(nvarchar(128), NULL) AS display_name,
  CONVERT(nvarchar(128), NULL) AS replyto_address, CONVERT(nvarchar(128), NULL) AS username,
  CONVERT(nvarchar(4000), NULL) AS password, CONVERT(int, NULL) AS timeout`;

export function agentMailSettingsProcedure(host: Pick<TsxHost, 'resolveCredential'>): ProcedureDefinition {
  return {
    name: AGENT_MAIL_SETTINGS_PROCEDURE,
    home: 'msdb',
    permission: 'sysadmin',
    parameters: [],
    async run(ctx) {
      const empty = `SET NOCOUNT ON; SELECT TOP (0) ${COLUMNS};`;
      if (await agentNumber(ctx, 'UseDatabaseMail', 0) !== 1) return ctx.executeSql(empty).then(() => 0);
      const setting = await readSetting(ctx, AGENT_KEY, 'DatabaseMailProfile');
      const profile = setting?.type === 'REG_SZ' ? trimmed(setting.value) : undefined;
      if (profile === undefined) return ctx.executeSql(empty).then(() => 0);
      const r = await queryRow(ctx, `SELECT TOP (1) p.name AS profile_name, a.name AS account_name, s.servername, s.port, s.enable_ssl,
  a.email_address, a.display_name, a.replyto_address, s.username, s.timeout, c.name AS credential_name
FROM msdb.dbo.sysmail_profile AS p
JOIN msdb.dbo.sysmail_profileaccount AS pa ON pa.profile_id = p.profile_id
JOIN msdb.dbo.sysmail_account AS a ON a.account_id = pa.account_id
JOIN msdb.dbo.sysmail_server AS s ON s.account_id = a.account_id AND s.servertype = N'SMTP'
LEFT JOIN master.sys.credentials AS c ON c.credential_id = s.credential_id
WHERE p.name = ${nlit(profile)}
ORDER BY pa.sequence_number, a.account_id`);
      if (!r) return ctx.executeSql(empty).then(() => 0);
      const credential = r.credential_name === null || r.credential_name === undefined ? undefined : host.resolveCredential(String(r.credential_name));
      const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
      await ctx.executeSql(`SET NOCOUNT ON;
SELECT CONVERT(sysname, ${nlit(text(r.profile_name))}) AS profile_name, CONVERT(sysname, ${nlit(text(r.account_name))}) AS account_name,
  CONVERT(sysname, ${nlit(text(r.servername))}) AS servername, CONVERT(int, ${ilit(Number(r.port))}) AS port,
  CONVERT(bit, ${r.enable_ssl === true || r.enable_ssl === 1 ? 1 : 0}) AS enable_ssl,
  CONVERT(nvarchar(128), ${nlit(text(r.email_address))}) AS email_address, CONVERT(nvarchar(128), ${nlit(text(r.display_name))}) AS display_name,
  CONVERT(nvarchar(128), ${nlit(text(r.replyto_address))}) AS replyto_address,
  CONVERT(nvarchar(128), ${nlit(credential?.identity ?? text(r.username))}) AS username,
  CONVERT(nvarchar(4000), ${nlit(credential?.secret ?? null)}) AS password,
  CONVERT(int, ${r.timeout === null || r.timeout === undefined ? 'NULL' : ilit(Number(r.timeout))}) AS timeout;`);
      return 0;
    },
  };
}
