// The call xp_msx_enlist makes on the master: msdb.dbo.sp_enlist_tsx with this target's name,
// time zone (local minus UTC, minutes), local time ('yyyymmdd hh:mm:ss'), version and user.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRow } from '../shared/agent-sql';
import { relayRemoteErrors } from './relay-error';
import type { RemoteCallResult, RemoteMsxConnection, RemoteParam } from './remote-msx';

export const ENLIST_ACTION = { ENLIST: 0, DEFECT: 1, UPDATE: 2 } as const;
export type EnlistAction = (typeof ENLIST_ACTION)[keyof typeof ENLIST_ACTION];

export interface LocalFacts {
  readonly serverName: string;
  readonly timeZone: number;
  readonly localTime: string;
  readonly version: number;
  readonly ntUser: string;
}

export async function localFacts(ctx: ProcedureContext): Promise<LocalFacts> {
  const r = await queryRow(ctx, `SELECT UPPER(CONVERT(sysname, SERVERPROPERTY('ServerName'))) AS server_name,
  DATEDIFF(minute, GETUTCDATE(), GETDATE()) AS tz,
  CONVERT(nvarchar(8), GETDATE(), 112) + N' ' + CONVERT(nvarchar(8), GETDATE(), 108) AS local_time,
  @@MICROSOFTVERSION AS version,
  ISNULL(SUSER_SNAME(), FORMATMESSAGE(14205)) AS nt_user`);
  return {
    serverName: String(r?.server_name ?? ''),
    timeZone: Number(r?.tz ?? 0),
    localTime: String(r?.local_time ?? ''),
    version: Number(r?.version ?? 0),
    ntUser: String(r?.nt_user ?? ''),
  };
}

export interface EnlistRequest {
  readonly action: EnlistAction;
  readonly location: string | null;
  readonly pollInterval: number;
}

/** runs sp_enlist_tsx at the master; relays its errors here. Resolves to the call's result, or
 *  undefined after relaying a failure. */
export async function callEnlistTsx(
  ctx: ProcedureContext, conn: RemoteMsxConnection, facts: LocalFacts, req: EnlistRequest,
): Promise<RemoteCallResult | undefined> {
  const params: RemoteParam[] = [
    { name: 'Action', type: 'int', value: req.action },
    { name: 'ServerName', type: 'nvarchar', value: facts.serverName },
    { name: 'Location', type: 'nvarchar', value: req.location },
    { name: 'TimeZoneAdjustment', type: 'int', value: facts.timeZone },
    { name: 'LocalTime', type: 'nvarchar', value: facts.localTime },
    { name: 'NTUserName', type: 'nvarchar', value: facts.ntUser },
    { name: 'PollInterval', type: 'int', value: req.pollInterval },
    { name: 'TSX_Version', type: 'int', value: facts.version },
  ];
  const result = await conn.call('sp_enlist_tsx', params);
  if (result.errors.length > 0) {
    await relayRemoteErrors(ctx, result.errors);
    return undefined;
  }
  return result;
}
