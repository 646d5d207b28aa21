// Login-time negotiation rules that depend only on the protocol: which TDS version LOGINACK
// reports and which packet size the session uses.
import { MAX_PACKET_SIZE, MIN_PACKET_SIZE, TDS_VERSION, tdsVersionRank, type TdsVersion } from '../constants';

/** LOGINACK may only carry these exact values (tedious and SqlClient reject any other). */
const KNOWN_VERSIONS: readonly TdsVersion[] = [
  TDS_VERSION.V7_1_SP1,
  TDS_VERSION.V7_2,
  TDS_VERSION.V7_3A,
  TDS_VERSION.V7_3B,
  TDS_VERSION.V7_4,
];

/**
 * min(client, 7.4), snapped down to a known constant. A TDS 8.0 client (LOGIN7 0x08000000) gets
 * 7.4: TDS 8.0 changes the transport (TLS first), not the token stream, and SQL Server 2022 acks
 * it with 0x74000004. Returns undefined below 7.1 (7.0 token layouts are not implemented).
 */
export function negotiateTdsVersion(client: TdsVersion): TdsVersion | undefined {
  if (client === TDS_VERSION.V8_0) return TDS_VERSION.V7_4;
  const rank = tdsVersionRank(client);
  let best: TdsVersion | undefined;
  for (const v of KNOWN_VERSIONS) if (tdsVersionRank(v) <= rank) best = v;
  if (best === undefined && client === TDS_VERSION.V7_1) return TDS_VERSION.V7_1_SP1;
  return best;
}

/**
 * SQL Server caps encrypted sessions at 16383 (one TLS record of at most 16384 bytes must hold a
 * whole packet, tds.md section 4); clear sessions get the client's value within 512..32767.
 */
export const MAX_ENCRYPTED_PACKET_SIZE = 16383;

export function negotiatePacketSize(requested: number, encrypted: boolean): number {
  const max = encrypted ? MAX_ENCRYPTED_PACKET_SIZE : MAX_PACKET_SIZE;
  if (requested === 0) return 4096;
  return Math.min(max, Math.max(MIN_PACKET_SIZE, requested));
}
