// The account a target uses at its master (sp_msx_set_account / sp_msx_get_account): registry
// values RegularMSXConnections (1 = a credential, "standard"; 0 = integrated) and MSXCredentialID,
// kept in msxd_agent_settings like every Agent registry value.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRow } from '../shared/agent-sql';
import { ilit, nlit } from '../shared/sql-text';
import { agentNumber } from '../schedule-support/agent-settings';

export interface CredentialRow {
  readonly credential_id: number;
  readonly name: string;
  readonly credential_identity: string | null;
}

const SELECT = 'SELECT credential_id, name, credential_identity FROM master.sys.credentials';

export async function credentialByName(ctx: ProcedureContext, name: string): Promise<CredentialRow | undefined> {
  return toRow(await queryRow(ctx, `${SELECT} WHERE name = ${nlit(name)}`));
}

export async function credentialById(ctx: ProcedureContext, id: number): Promise<CredentialRow | undefined> {
  return toRow(await queryRow(ctx, `${SELECT} WHERE credential_id = ${ilit(id)}`));
}

function toRow(r: Record<string, unknown> | undefined): CredentialRow | undefined {
  if (!r) return undefined;
  return {
    credential_id: Number(r.credential_id),
    name: String(r.name),
    credential_identity: r.credential_identity === null || r.credential_identity === undefined ? null : String(r.credential_identity),
  };
}

/** the credential the target connects with, or undefined (integrated / not set / dropped) */
export async function msxCredential(ctx: ProcedureContext): Promise<CredentialRow | undefined> {
  if ((await agentNumber(ctx, 'RegularMSXConnections', 0)) !== 1) return undefined;
  const id = await agentNumber(ctx, 'MSXCredentialID', -1);
  return id < 0 ? undefined : credentialById(ctx, id);
}
