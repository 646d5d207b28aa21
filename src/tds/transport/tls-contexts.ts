// The two TLS server contexts of a node, built once and shared by every connection (a context per
// connection would re-parse the key each time and cost a millisecond of login).
import { constants } from 'node:crypto';
import { createSecureContext, type SecureContext } from 'node:tls';

export interface TlsContexts {
  /**
   * TDS 7.x, handshake inside PRELOGIN: TLS 1.2 at most (tedious message-io.ts, tiberius#412). No
   * session tickets: tedious (the agents' driver) never resumes a session, so the ticket OpenSSL
   * would seal for every handshake (RFC 5077) was work and bytes for nothing; a client that does
   * try to resume gets a full handshake.
   */
  readonly prelogin: SecureContext;
  /** TDS 8.0 strict: TLS first, 1.2 or 1.3 */
  readonly strict: SecureContext;
}

export function createTlsContexts(certPem: string, keyPem: string): TlsContexts {
  return {
    prelogin: createSecureContext({ cert: certPem, key: keyPem, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', secureOptions: constants.SSL_OP_NO_TICKET }),
    strict: createSecureContext({ cert: certPem, key: keyPem, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' }),
  };
}

/** ALPN protocol id of TDS 8.0 (MS-TDS 2.1). */
export const TDS8_ALPN = 'tds/8.0';
