// TRUNCATE TABLE: every row goes and the identity restarts at its seed; refused (4712) while a
// FOREIGN KEY references the table. Transactional, as in SQL Server.
import { sqlError } from '../../errors/catalog';
import { quoteIdent } from '../../store/index';
import type { TruncateTableStatement } from '../../tsql/ast';
import { mustFindTable } from '../ddl/ddl-target';
import { qualify } from '../ddl/object-names';
import { foreignKeysReferencing } from '../ddl/drop-objects';
import { resetLocalIdentity } from '../ddl/local-table';
import { writeDdl } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';

export async function executeTruncateTable(stmt: TruncateTableStatement, scope: Scope): Promise<void> {
  await writeDdl(scope, [qualify(scope, stmt.name).database], (s) => {
    const t = mustFindTable(scope, s, stmt.name, 4902);
    if (t.kind === 'local') {
      s.run(`DELETE FROM ${t.local.table.sqliteName}`);
      resetLocalIdentity(t.local);
      return;
    }
    const { table } = t;
    if (foreignKeysReferencing(s, table.db, table).some((fk) => fk.parentObjectId !== table.objectId)) {
      throw sqlError(4712, `${table.schema}.${table.name}`);
    }
    s.run(`DELETE FROM ${table.db}.${quoteIdent(table.sqliteTable)}`);
    s.run(`UPDATE ${table.db}.__msxd_columns SET identity_last = NULL WHERE object_id = ? AND is_identity = 1`, [table.objectId]);
  });
  scope.session.rowCount = 0;
}
