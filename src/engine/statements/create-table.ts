// CREATE TABLE: a catalogue table in the current/named database, a ##global table in tempdb, or a
// session #temp table (SQLite temp schema, no catalogue).
import type { CreateTableStatement } from '../../tsql/ast';
import { qualify } from '../ddl/object-names';
import { nowTicks } from '../ddl/now-ticks';
import { planTable } from '../ddl/table-plan';
import { createCatalogTable } from '../ddl/table-writer';
import { createTempTable } from '../ddl/temp-tables';
import { withFollowUp } from '../ddl/follow-up';
import { rememberGlobalTemp } from '../ddl/global-temps';
import { writeDdl } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';

export async function executeCreateTable(stmt: CreateTableStatement, scope: Scope): Promise<void> {
  const q = qualify(scope, stmt.name);
  const plan = await withFollowUp(scope, stmt.line, 1750, () => planTable(scope, q.name, stmt.definition));
  if (q.temp === 'local') {
    await withFollowUp(scope, stmt.line, 1750, () => createTempTable(scope, q.name, plan));
    return;
  }
  await withFollowUp(scope, stmt.line, 1750,
    () => writeDdl(scope, [q.database], (s) => createCatalogTable(s, q.database, q.schema, q.name, plan, nowTicks(scope))));
  if (q.temp === 'global') rememberGlobalTemp(scope.session, q.name);
}
