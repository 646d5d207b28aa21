// sp_update_proxy: a proxy's credential, name, enabled flag or description (NULL or '' =
// unchanged; sysadmin only). The proxy by @proxy_id / @proxy_name, the credential as in
// sp_add_proxy. As SQL Server's body, the new name and @enabled are not checked here: a name in use
// fails on sysproxies' unique index.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-update-proxy-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME, TINYINT, nvarchar } from './job-support/param-types';
import { given, givenInt, verifyCredential, verifyProxy } from './proxy-support/identifiers';
import { execSql, ilit, nlit } from './shared/index';

export const spUpdateProxy: ProcedureDefinition = {
  name: 'sp_update_proxy',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@proxy_id', type: INT, default: null },
    { name: '@proxy_name', type: SYSNAME, default: null },
    { name: '@credential_name', type: SYSNAME, default: null },
    { name: '@credential_id', type: INT, default: null },
    { name: '@new_name', type: SYSNAME, default: null },
    { name: '@enabled', type: TINYINT, default: null },
    { name: '@description', type: nvarchar(512), default: null },
  ],
  async run(ctx, args) {
    const proxy = await verifyProxy(ctx, givenInt(args.value('@proxy_id')), given(args.value('@proxy_name')));
    if (!proxy) return 1;
    const sets: string[] = [];
    const credId = givenInt(args.value('@credential_id'));
    const credName = given(args.value('@credential_name'));
    if (credId !== undefined || credName !== undefined) {
      const c = await verifyCredential(ctx, credId, credName);
      if (!c) return 1;
      sets.push(`credential_id = ${ilit(c.credentialId)}`,
        `user_sid = ISNULL((SELECT SUSER_SID(credential_identity) FROM master.sys.credentials WHERE credential_id = ${ilit(c.credentialId)}), 0x)`,
        `credential_date_created = (SELECT create_date FROM master.sys.credentials WHERE credential_id = ${ilit(c.credentialId)})`);
    }
    const newName = given(args.value('@new_name'));
    if (newName !== undefined) sets.push(`name = ${nlit(newName)}`);
    const enabled = args.value('@enabled');
    if (enabled !== null) sets.push(`enabled = ${ilit(Number(enabled))}`);
    const description = given(args.value('@description'));
    if (description !== undefined) sets.push(`description = ${nlit(description)}`);
    if (sets.length === 0) return 0;
    const ok = await execSql(ctx, `UPDATE msdb.dbo.sysproxies SET ${sets.join(', ')} WHERE proxy_id = ${ilit(proxy.proxyId)};`);
    return ok ? 0 : 1;
  },
};
