// The record-protection keys of a TLS 1.2 AES-GCM session, derived again from what OpenSSL
// reports, so that the records after the handshake can be sealed and opened without the
// TLSSocket (tls12-records.ts explains why). RFC 5246 6.3 (key block), 5 (PRF); RFC 5288 3 (GCM:
// no MAC keys, a 4-byte implicit nonce part per direction).
import { createHmac } from 'node:crypto';

export interface GcmSuite {
  readonly cipher: 'aes-128-gcm' | 'aes-256-gcm';
  readonly keyLength: 16 | 32;
  /** the PRF's hash (RFC 5246 5: SHA-256 unless the suite names another) */
  readonly hash: 'sha256' | 'sha384';
}

/** the suites the fast path serves (IANA names, as TLSSocket.getCipher().standardName gives them) */
const SUITES: Readonly<Record<string, GcmSuite>> = {
  TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256: { cipher: 'aes-128-gcm', keyLength: 16, hash: 'sha256' },
  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384: { cipher: 'aes-256-gcm', keyLength: 32, hash: 'sha384' },
  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: { cipher: 'aes-128-gcm', keyLength: 16, hash: 'sha256' },
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384: { cipher: 'aes-256-gcm', keyLength: 32, hash: 'sha384' },
};

export function gcmSuite(standardName: string | undefined): GcmSuite | undefined {
  return standardName === undefined ? undefined : SUITES[standardName];
}

export interface GcmKeys {
  readonly suite: GcmSuite;
  readonly clientKey: Buffer;
  readonly serverKey: Buffer;
  /** client_write_IV / server_write_IV: the implicit 4 bytes of each direction's nonce */
  readonly clientSalt: Buffer;
  readonly serverSalt: Buffer;
}

/**
 * The master secret from a key log line (NSS format, what the 'keylog' event gives for TLS 1.2:
 * `CLIENT_RANDOM <client random, hex> <master secret, hex>`), with the client random it belongs to.
 */
export function parseKeylogLine(line: Buffer): { readonly clientRandom: Buffer; readonly masterSecret: Buffer } | undefined {
  const parts = line.toString('latin1').trim().split(' ');
  if (parts.length !== 3 || parts[0] !== 'CLIENT_RANDOM') return undefined;
  const clientRandom = Buffer.from(parts[1]!, 'hex');
  const masterSecret = Buffer.from(parts[2]!, 'hex');
  return clientRandom.length === 32 && masterSecret.length === 48 ? { clientRandom, masterSecret } : undefined;
}

/** P_hash of RFC 5246 5, `length` bytes */
function pHash(hash: GcmSuite['hash'], secret: Buffer, seed: Buffer, length: number): Buffer {
  const out: Buffer[] = [];
  let size = 0;
  let a = seed;
  while (size < length) {
    a = createHmac(hash, secret).update(a).digest();
    const block = createHmac(hash, secret).update(a).update(seed).digest();
    out.push(block);
    size += block.length;
  }
  return Buffer.concat(out).subarray(0, length);
}

/** key_block = PRF(master_secret, "key expansion", server_random + client_random), split per RFC 5246 6.3 */
export function deriveGcmKeys(suite: GcmSuite, masterSecret: Buffer, clientRandom: Buffer, serverRandom: Buffer): GcmKeys {
  const seed = Buffer.concat([Buffer.from('key expansion', 'latin1'), serverRandom, clientRandom]);
  const k = suite.keyLength;
  const block = pHash(suite.hash, masterSecret, seed, 2 * k + 8);
  return {
    suite,
    clientKey: block.subarray(0, k),
    serverKey: block.subarray(k, 2 * k),
    clientSalt: block.subarray(2 * k, 2 * k + 4),
    serverSalt: block.subarray(2 * k + 4, 2 * k + 8),
  };
}
