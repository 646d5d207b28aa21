// MS-TDS 2.2.6.5 PRELOGIN option ENCRYPTION, and the server's choice of what to answer
// (MS-TDS 3.3.5.1 "Sent Initial PRELOGIN Packet State" table; tds.md section 4).
export const ENCRYPT = {
  OFF: 0x00,
  ON: 0x01,
  NOT_SUP: 0x02,
  REQ: 0x03,
} as const;

export type EncryptValue = (typeof ENCRYPT)[keyof typeof ENCRYPT];

/**
 * What the connection does after PRELOGIN:
 * - none: everything in clear;
 * - loginOnly: TLS handshake, LOGIN7 decrypted, then TLS dropped both ways;
 * - full: TLS handshake, then every packet inside TLS;
 * - refuse: the reply says encryption is required but the client cannot do it; it will hang up,
 *   and anything it sends next (a clear LOGIN7) ends the connection.
 */
export type EncryptionMode = 'none' | 'loginOnly' | 'full' | 'refuse';

export interface EncryptionPolicy {
  /** a certificate is configured, so TLS can be offered */
  readonly certificate: boolean;
  /** refuse clear sessions (--force-encryption) */
  readonly force: boolean;
}

export interface EncryptionDecision {
  readonly reply: EncryptValue;
  readonly mode: EncryptionMode;
}

/**
 * The ENCRYPTION matrix. Returns undefined for values we cannot serve (0x80+ asks for client
 * certificate authentication, anything else is not in the spec): the caller ends the connection.
 */
export function negotiateEncryption(client: number, policy: EncryptionPolicy): EncryptionDecision | undefined {
  if (client > ENCRYPT.REQ) return undefined;
  if (!policy.certificate) {
    // No TLS available: clients that insist (ON/REQ) see NOT_SUP and give up by themselves.
    return { reply: ENCRYPT.NOT_SUP, mode: client === ENCRYPT.ON || client === ENCRYPT.REQ ? 'refuse' : 'none' };
  }
  switch (client) {
    case ENCRYPT.OFF:
      return policy.force ? { reply: ENCRYPT.REQ, mode: 'full' } : { reply: ENCRYPT.OFF, mode: 'loginOnly' };
    case ENCRYPT.ON:
    case ENCRYPT.REQ:
      return { reply: ENCRYPT.ON, mode: 'full' };
    case ENCRYPT.NOT_SUP:
      return policy.force ? { reply: ENCRYPT.REQ, mode: 'refuse' } : { reply: ENCRYPT.NOT_SUP, mode: 'none' };
    default:
      return undefined;
  }
}
