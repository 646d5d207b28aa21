// sp_add_proxy: a proxy for a credential (sysadmin only), checked in SQL Server's order:
// sp_verify_proxy (14261 '@name' for a name in use, 14266 @enabled), then the credential by
// @credential_name / @credential_id (sp_verify_credential_identifiers). A NULL name fails on the
// column (515), as the INSERT of SQL Server's body does. user_sid is SUSER_SID(credential identity),
// 0x when that names no login: SQL Server stores the identity's Windows SID and refuses an identity
// Windows does not know (14529), and msxd has no Windows accounts to ask.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-proxy-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME, TINYINT, nvarchar } from './job-support/param-types';
import { given, givenInt, verifyCredential } from './proxy-support/identifiers';
import { ilit, nlit, queryRow, raise } from './shared/index';

export const spAddProxy: ProcedureDefinition = {
  name: 'sp_add_proxy',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@proxy_name', type: SYSNAME, default: null },
    { name: '@enabled', type: TINYINT, default: 1 },
    { name: '@description', type: nvarchar(512), default: null },
    { name: '@credential_name', type: SYSNAME, default: null },
    { name: '@credential_id', type: INT, default: null },
    { name: '@proxy_id', type: INT, default: null, output: true },
  ],
  async run(ctx, args) {
    const name = given(args.value('@proxy_name'));
    const enabled = args.value('@enabled') === null ? null : Number(args.value('@enabled'));
    if (name !== undefined && await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysproxies WHERE name = ${nlit(name)}`)) {
      return raise(ctx, 14261, '@name', name);
    }
    if (enabled !== 0 && enabled !== 1) return raise(ctx, 14266, '@enabled', '0, 1');
    const credential = await verifyCredential(ctx, givenInt(args.value('@credential_id')), given(args.value('@credential_name')));
    if (!credential) return 1;
    const description = given(args.value('@description'));
    const r = await queryRow(ctx, 'SELECT @__e AS failed, @__id AS proxy_id', `DECLARE @__e int = 0, @__id int;
BEGIN TRY
  INSERT INTO msdb.dbo.sysproxies (name, credential_id, enabled, description, user_sid, credential_date_created)
  SELECT ${name === undefined ? 'NULL' : nlit(name)}, c.credential_id, ${ilit(enabled)}, ${nlit(description)},
    ISNULL(SUSER_SID(c.credential_identity), 0x), c.create_date
  FROM master.sys.credentials AS c WHERE c.credential_id = ${ilit(credential.credentialId)};
  SET @__id = SCOPE_IDENTITY();
END TRY
BEGIN CATCH
  SET @__e = 1;
  DECLARE @__m nvarchar(4000) = ERROR_MESSAGE(), @__s int = ERROR_SEVERITY(), @__st int = ERROR_STATE();
  RAISERROR(@__m, @__s, @__st);
END CATCH`);
    if (Number(r?.failed ?? 1) !== 0) return 1;
    args.set('@proxy_id', Number(r!.proxy_id));
    return 0;
  },
};
