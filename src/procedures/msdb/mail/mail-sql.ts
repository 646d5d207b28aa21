// Helpers of the Database Mail procedures: credential names in brackets, and wiping an account's
// credential. The engine has no DROP CREDENTIAL yet, so a deleted account's credential is kept
// with its secret cleared (ALTER CREDENTIAL without SECRET), never with the password.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { execSql, ilit, queryRows } from '../shared/index';

export function escapeBracketed(name: string): string {
  return name.replace(/]/g, ']]');
}

/** clears the secrets of the credentials of the accounts' SMTP servers */
export async function clearAccountCredentials(ctx: ProcedureContext, accountIds: readonly number[]): Promise<void> {
  if (accountIds.length === 0) return;
  const rows = await queryRows(ctx, `SELECT c.name, c.credential_identity FROM msdb.dbo.sysmail_server AS s
JOIN master.sys.credentials AS c ON c.credential_id = s.credential_id
WHERE s.account_id IN (${accountIds.map((id) => ilit(id)).join(', ')})`);
  for (const r of rows) {
    const identity = String(r.credential_identity ?? '').replace(/'/g, "''");
    await execSql(ctx, `ALTER CREDENTIAL [${escapeBracketed(String(r.name))}] WITH IDENTITY = N'${identity}';`);
  }
}
