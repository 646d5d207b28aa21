// DROP TABLE | VIEW | PROCEDURE | FUNCTION | DATABASE [IF EXISTS] name, ...; LOGIN/USER/ROLE/SCHEMA/
// CREDENTIAL go to the security executor. Each name is dropped on its own: a missing one reports
// 3701 and the others are still dropped, as SQL Server does.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { DropObjectType, DropStatement, ObjectName } from '../../tsql/ast';
import type { CatalogObject } from '../ddl/catalog-rows';
import { catalogTable, findCatalogObject, writtenName } from '../ddl/ddl-target';
import { assertNotReferenced, dropCatalogTable, dropModule } from '../ddl/drop-objects';
import { clearIdentityInsert } from '../ddl/identity-insert';
import { qualify } from '../ddl/object-names';
import { lockWait, writeDdl } from '../ddl/storage-of';
import { dropTempTable } from '../ddl/temp-tables';
import type { Scope } from '../interpreter/scope';
import { executeSecurityDrop, isSecurityDrop } from '../security/drop-security';
import { notSupported } from './not-supported';

const OBJECT_DROPS = {
  TABLE: { types: ['U'], word: 'table' },
  VIEW: { types: ['V'], word: 'view' },
  PROCEDURE: { types: ['P'], word: 'procedure' },
  FUNCTION: { types: ['FN', 'IF', 'TF'], word: 'function' },
} as const satisfies Partial<Record<DropObjectType, { types: readonly string[]; word: string }>>;

const TYPE_WORDS: Record<string, { word: string; drop: string }> = {
  U: { word: 'table', drop: 'DROP TABLE' }, V: { word: 'view', drop: 'DROP VIEW' },
  P: { word: 'procedure', drop: 'DROP PROCEDURE' }, FN: { word: 'function', drop: 'DROP FUNCTION' },
};

export async function executeDrop(stmt: DropStatement, scope: Scope): Promise<void> {
  if (isSecurityDrop(stmt.objectType)) return executeSecurityDrop(stmt, scope);
  if (stmt.objectType === 'DATABASE') return dropDatabases(stmt, scope);
  if (!(stmt.objectType in OBJECT_DROPS)) return notSupported(stmt);
  let first: SqlError | undefined;
  for (const n of stmt.names) {
    try {
      await dropObject(stmt, n, scope);
    } catch (e) {
      if (!(e instanceof SqlError)) throw e;
      if (!first) first = e;
      else {
        e.lineNumber = stmt.line;
        scope.run.sink.message(e);
      }
    }
  }
  if (first) throw first;
}

async function dropObject(stmt: DropStatement, n: ObjectName, scope: Scope): Promise<void> {
  const kind = OBJECT_DROPS[stmt.objectType as keyof typeof OBJECT_DROPS];
  const q = qualify(scope, n);
  const display = writtenName(n);
  if (q.temp === 'local') {
    if (stmt.objectType !== 'TABLE' || !dropTempTable(scope, q.name)) {
      if (!stmt.ifExists) throw sqlErrorWithState(3701, 5, 'drop', kind.word, display);
    }
    return;
  }
  await writeDdl(scope, [q.database], (s) => {
    const found = findCatalogObject(s, q);
    if (!found) {
      if (stmt.ifExists) return;
      throw sqlErrorWithState(3701, 5, 'drop', kind.word, display);
    }
    const { db, obj } = found;
    if (!(kind.types as readonly string[]).includes(obj.type)) throw wrongType(stmt.objectType, display, obj);
    if (obj.type === 'U') {
      const t = catalogTable(q.database, db, obj);
      assertNotReferenced(s, t, `${t.schema}.${t.name}`);
      dropCatalogTable(s, t);
      clearIdentityInsert(scope.session, { database: q.database, schema: t.schema, name: t.name });
    } else {
      dropModule(s, db, obj);
    }
  });
}

function wrongType(type: DropObjectType, display: string, obj: CatalogObject): SqlError {
  const actual = TYPE_WORDS[obj.type] ?? TYPE_WORDS.U!;
  return sqlError(3705, type, display, display, actual.word, actual.drop);
}

async function dropDatabases(stmt: DropStatement, scope: Scope): Promise<void> {
  if (scope.session.transactions.trancount > 0) throw sqlError(226, 'DROP DATABASE');
  for (const n of stmt.names) {
    if (stmt.ifExists && !scope.engine.store.databaseExists(n.name)) continue;
    if (scope.session.database.toLowerCase() === n.name.toLowerCase()) throw sqlError(3702, n.name);
    await scope.engine.store.dropDatabase(n.name, lockWait(scope));
  }
}
