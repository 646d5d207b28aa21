// sp_msx_set_account (TSX): the credential this target logs in with at its master. With a
// credential: MSXCredentialID and RegularMSXConnections = 1; with neither parameter:
// RegularMSXConnections = 0 (Windows authentication in SQL Server, which msxd cannot do, so
// sp_msx_enlist then refuses). Reference msx-agent.md §1.1.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { trimmed } from './shared/sql-text';
import { AGENT_KEY, writeSetting } from './schedule-support/agent-settings';
import { INT, SYSNAME } from './msx/param-types';
import { credentialById, credentialByName, type CredentialRow } from './tsx/msx-account';

export const spMsxSetAccount: ProcedureDefinition = {
  name: 'sp_msx_set_account',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@credential_name', type: SYSNAME, default: null },
    { name: '@credential_id', type: INT, default: null },
  ],
  async run(ctx, args) {
    const name = trimmed(args.value('@credential_name'));
    const rawId = args.value('@credential_id');
    if (name === undefined && rawId === null) {
      await writeSetting(ctx, AGENT_KEY, 'RegularMSXConnections', { type: 'REG_DWORD', value: 0 });
      return 0;
    }
    // sp_verify_credential_identifiers: name and id must agree when both are given
    let credential: CredentialRow | undefined;
    if (name !== undefined) {
      credential = await credentialByName(ctx, name);
      if (!credential) return raise(ctx, 14262, '@credential_name', name);
      if (rawId !== null && credential.credential_id !== Number(rawId)) return raise(ctx, 14262, '@credential_id', Number(rawId));
    } else {
      credential = await credentialById(ctx, Number(rawId));
      if (!credential) return raise(ctx, 14262, '@credential_id', Number(rawId));
    }
    await writeSetting(ctx, AGENT_KEY, 'MSXCredentialID', { type: 'REG_DWORD', value: credential.credential_id });
    await writeSetting(ctx, AGENT_KEY, 'RegularMSXConnections', { type: 'REG_DWORD', value: 1 });
    return 0;
  },
};
