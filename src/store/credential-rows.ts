import type { SessionStorage } from './api';
import { ciKey } from './collation-key';
import { localNowTicks } from './datetime-ticks';

// Server credentials (__msxd_credentials in master, sys.credentials). The secret column holds only
// NodeStore.encryptSecret blobs: callers encrypt before and decrypt after; plain text never
// reaches SQLite. Writers run under the caller's withWriteLock.

export interface CredentialRow {
  readonly credentialId: number;
  readonly name: string;
  readonly identity: string;
  /** encryptSecret() blob, or null when created without SECRET */
  readonly secret: Buffer | null;
}

interface Raw { credential_id: number; name: string; credential_identity: string; secret: Buffer | null }

/** SQL Server numbers credentials from 65536 up. */
const FIRST_CREDENTIAL_ID = 65536;

export function findCredential(s: SessionStorage, name: string): CredentialRow | undefined {
  const m = s.sqliteSchema('master');
  const r = s.get<Raw>(`SELECT credential_id, name, credential_identity, secret FROM ${m}.__msxd_credentials WHERE name_key = ?`, [ciKey(name)]);
  return r ? { credentialId: r.credential_id, name: r.name, identity: r.credential_identity, secret: r.secret } : undefined;
}

export function insertCredential(s: SessionStorage, name: string, identity: string, secret: Buffer | null): number {
  const m = s.sqliteSchema('master');
  const id = s.get<{ id: number }>(
    `SELECT max(coalesce(max(credential_id) + 1, 0), ${FIRST_CREDENTIAL_ID}) AS id FROM ${m}.__msxd_credentials`)?.id ?? FIRST_CREDENTIAL_ID;
  const now = localNowTicks();
  s.run(`INSERT INTO ${m}.__msxd_credentials (credential_id, name, name_key, credential_identity, secret, create_date, modify_date)
         VALUES (?, ?, ?, ?, ?, ?, ?)`, [id, name, ciKey(name), identity, secret, now, now]);
  return id;
}

/** ALTER CREDENTIAL: identity always, secret only when given (undefined keeps it). */
export function updateCredential(s: SessionStorage, id: number, identity: string, secret: Buffer | null | undefined): void {
  const m = s.sqliteSchema('master');
  const now = localNowTicks();
  if (secret === undefined) {
    s.run(`UPDATE ${m}.__msxd_credentials SET credential_identity = ?, modify_date = ? WHERE credential_id = ?`, [identity, now, id]);
  } else {
    s.run(`UPDATE ${m}.__msxd_credentials SET credential_identity = ?, secret = ?, modify_date = ? WHERE credential_id = ?`,
      [identity, secret, now, id]);
  }
}

export function deleteCredential(s: SessionStorage, id: number): void {
  const m = s.sqliteSchema('master');
  s.run(`DELETE FROM ${m}.__msxd_credentials WHERE credential_id = ?`, [id]);
}
