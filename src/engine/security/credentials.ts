// The internal door to credential secrets (the Agent reads the MSX login's password through it).
// Never reachable from T-SQL: sys.credentials has no secret column.
import { findCredential, type NodeStore } from '../../store/index';

export interface CredentialSecret {
  readonly name: string;
  readonly identity: string;
  /** null when the credential was created without SECRET */
  readonly secret: string | null;
}

/** The decrypted secret of credential `name`, or undefined when there is no such credential. */
export function readCredentialSecret(store: NodeStore, name: string): CredentialSecret | undefined {
  const session = store.openSession({ database: 'master' });
  try {
    const row = findCredential(session, name);
    if (!row) return undefined;
    return { name: row.name, identity: row.identity, secret: row.secret ? store.decryptSecret(row.secret) : null };
  } finally {
    session.close();
  }
}
