// The successful login response, in SQL Server's order (tds.md 1.2; MS-TDS 4.2 login response
// example): ENVCHANGE database, INFO 5701, ENVCHANGE collation, ENVCHANGE language, INFO 5703,
// ENVCHANGE packet size, LOGINACK, DONE. FEATUREEXTACK is left out: no FeatureExt is implemented
// (tedious's UTF8_SUPPORT stays unacked).
//
// For one node its bytes depend only on (TDS version, database, language, packet size), while
// building them costs two catalogue formats, three SqlErrors (each capturing a stack trace) and
// eight encoders, about 5% of a login's CPU: so they are built once per combination and reused.
import type { AuthenticateResult } from '../engine/api';
import { sqlError, sqlErrorWithState } from '../errors/catalog';
import type { SqlError } from '../errors/sql-error';
import { SERVER_COLLATION } from '../types/collation';
import { DEFAULT_PACKET_SIZE, type TdsVersion } from '../tds/constants';
import { encodeDone } from '../tds/tokens/done';
import { encodeEnvChange } from '../tds/tokens/env-change';
import { encodeMessage } from '../tds/tokens/info-error';
import { encodeLoginAck } from '../tds/tokens/login-ack';
import { encodeCollation } from '../tds/types/collation-bytes';

const DEFAULT_DATABASE = 'master';
/** MS-TDS 4.2 login response example: 5701 is sent with state 2 */
const STATE_DATABASE_CHANGED = 2;
/** the language comes from the client: the cache is emptied rather than grown past this */
const MAX_ENTRIES = 64;

export function encodeLoginResponse(
  serverName: string,
  tdsVersion: TdsVersion,
  database: string,
  language: string,
  packetSize: number,
): Buffer {
  const v = tdsVersion;
  return Buffer.concat([
    encodeEnvChange({ kind: 'database', newValue: database, oldValue: DEFAULT_DATABASE }),
    encodeMessage(sqlErrorWithState(5701, STATE_DATABASE_CHANGED, database), serverName, v),
    encodeEnvChange({ kind: 'collation', collation: encodeCollation(SERVER_COLLATION) }),
    encodeEnvChange({ kind: 'language', newValue: language, oldValue: '' }),
    encodeMessage(sqlError(5703, language), serverName, v),
    encodeEnvChange({ kind: 'packetSize', newValue: packetSize, oldValue: DEFAULT_PACKET_SIZE }),
    encodeLoginAck({ tdsVersion: v }),
    encodeDone({ token: 'done', command: 'other' }, v),
  ]);
}

/** One per node (the server name is part of the INFO tokens); shared by its connections. */
export class LoginResponseCache {
  private readonly responses = new Map<string, Buffer>();

  constructor(private readonly serverName: string) {}

  get size(): number {
    return this.responses.size;
  }

  get(tdsVersion: TdsVersion, database: string, language: string, packetSize: number): Buffer {
    // the language, the one free-form part, comes last, so no two combinations share a key
    const key = `${tdsVersion}\u0000${packetSize}\u0000${database}\u0000${language}`;
    let bytes = this.responses.get(key);
    if (bytes === undefined) {
      bytes = encodeLoginResponse(this.serverName, tdsVersion, database, language, packetSize);
      if (this.responses.size >= MAX_ENTRIES) this.responses.clear();
      this.responses.set(key, bytes);
    }
    return bytes;
  }
}

/**
 * The error refusing a SQL login. An unknown login and a wrong password get the same 18456, so a
 * client cannot probe for names; only the right password of a disabled login learns 18470.
 */
export function loginRefusal(result: Exclude<AuthenticateResult, { kind: 'ok' }>, userName: string): SqlError {
  switch (result.kind) {
    case 'failed':
      return sqlError(18456, userName);
    case 'disabled':
      return sqlError(18470, userName);
    default: {
      const never: never = result;
      throw new Error(`server: unknown login refusal ${JSON.stringify(never)}`);
    }
  }
}
