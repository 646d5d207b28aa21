// The identifier checks the proxy procedures share, as SQL Server's sp_verify_proxy_identifiers,
// sp_verify_credential_identifiers and sp_verify_subsystem_identifiers make them: exactly one of
// id / name (14524 when neither or both), 14262 for an unknown one. A subsystem named by name keeps
// the caller's spelling (messages quote it), DTS meaning SSIS.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { ilit, nlit, queryRow, raise } from '../shared/index';

export interface ProxyRow {
  readonly proxyId: number;
  readonly name: string;
  readonly enabled: boolean;
  readonly credentialId: number;
}

export interface CredentialRow {
  readonly credentialId: number;
  readonly name: string;
  readonly identity: string;
}

export interface SubsystemRow {
  readonly subsystemId: number;
  readonly name: string;
}

interface Lookup {
  readonly idParameter: string;
  readonly nameParameter: string;
  readonly id: number | undefined;
  readonly name: string | undefined;
}

/** the row named by id and/or name, or undefined after raising */
async function lookup(ctx: ProcedureContext, l: Lookup, select: (where: string) => string, idCol: string, nameCol: string): Promise<Record<string, unknown> | undefined> {
  if ((l.id === undefined) === (l.name === undefined)) { await raise(ctx, 14524, l.idParameter, l.nameParameter); return undefined; }
  const where = l.id !== undefined ? `${idCol} = ${ilit(l.id)}` : `${nameCol} = ${nlit(l.name)}`;
  const row = await queryRow(ctx, select(where));
  if (!row) {
    await raise(ctx, 14262, l.id !== undefined ? l.idParameter : l.nameParameter, l.id !== undefined ? String(l.id) : l.name!);
    return undefined;
  }
  return row;
}

export async function verifyProxy(ctx: ProcedureContext, id: number | undefined, name: string | undefined): Promise<ProxyRow | undefined> {
  const r = await lookup(ctx, { idParameter: '@proxy_id', nameParameter: '@proxy_name', id, name },
    (w) => `SELECT proxy_id, name, enabled, credential_id FROM msdb.dbo.sysproxies WHERE ${w}`, 'proxy_id', 'name');
  return r && { proxyId: Number(r.proxy_id), name: String(r.name), enabled: Number(r.enabled) !== 0, credentialId: Number(r.credential_id) };
}

export async function verifyCredential(ctx: ProcedureContext, id: number | undefined, name: string | undefined): Promise<CredentialRow | undefined> {
  const r = await lookup(ctx, { idParameter: '@credential_id', nameParameter: '@credential_name', id, name },
    (w) => `SELECT credential_id, name, credential_identity FROM master.sys.credentials WHERE ${w}`, 'credential_id', 'name');
  return r && { credentialId: Number(r.credential_id), name: String(r.name), identity: String(r.credential_identity ?? '') };
}

export async function verifySubsystem(ctx: ProcedureContext, id: number | undefined, name: string | undefined): Promise<SubsystemRow | undefined> {
  const asked = name?.toUpperCase() === 'DTS' ? 'SSIS' : name;
  const r = await lookup(ctx, { idParameter: '@subsystem_id', nameParameter: '@subsystem_name', id, name: asked },
    (w) => `SELECT subsystem_id, subsystem AS name FROM msdb.dbo.syssubsystems WHERE ${w}`, 'subsystem_id', 'subsystem');
  return r && { subsystemId: Number(r.subsystem_id), name: asked ?? String(r.name) };
}

/** '' counts as not given, as the procedures' LTRIM(RTRIM()) + NULLIF do */
export function given(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  const t = String(v).trim();
  return t === '' ? undefined : t;
}

export function givenInt(v: unknown): number | undefined {
  return v === null || v === undefined ? undefined : Number(v);
}

/**
 * The optional proxy filter of the listing procedures (@proxy_id / @proxy_name): 'all' when neither
 * is given, the proxy when one names it, undefined after raising (14524 / 14262).
 */
export async function optionalProxy(ctx: ProcedureContext, proxyId: unknown, proxyName: unknown): Promise<ProxyRow | 'all' | undefined> {
  const id = givenInt(proxyId);
  const name = given(proxyName);
  if (id === undefined && name === undefined) return 'all';
  return verifyProxy(ctx, id, name);
}
