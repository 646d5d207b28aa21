// CREATE | ALTER CREDENTIAL name WITH IDENTITY = '...' [, SECRET = '...']. The secret is encrypted
// with the node's key (store encryptSecret) before it reaches SQLite and is never logged;
// sys.credentials shows everything but the secret.
import { sqlError } from '../../errors/catalog';
import { findCredential, insertCredential, updateCredential } from '../../store/index';
import type { CredentialStatement } from '../../tsql/ast';
import { writeSecurity } from '../security/write-security';
import type { Scope } from '../interpreter/scope';
import { requireSysadmin } from '../security/require-permission';

export async function executeCredential(stmt: CredentialStatement, scope: Scope): Promise<void> {
  requireSysadmin(scope);
  const store = scope.engine.store;
  const secret = stmt.secret === undefined ? undefined : store.encryptSecret(stmt.secret);
  await writeSecurity(scope, [], (s) => {
    const existing = findCredential(s, stmt.name);
    if (stmt.mode === 'create') {
      if (existing) throw sqlError(15530, 'credential', stmt.name);
      insertCredential(s, stmt.name, stmt.identity, secret ?? null);
      return;
    }
    if (!existing) throw sqlError(15151, 'alter', 'credential', stmt.name);
    // ALTER CREDENTIAL without SECRET clears it, as SQL Server documents.
    updateCredential(s, existing.credentialId, stmt.identity, secret ?? null);
  });
}
