// CREATE [OR ALTER] / ALTER VIEW: the text is stored; the query translator inlines it when the
// view is read (src/engine/sql README). Checked here: the column list (4506, 8158, 8159).
import { sqlError } from '../../errors/catalog';
import { ciKey } from '../../store/index';
import type { ViewStatement } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { storeModule } from '../routines/module-store';
import { notSupportedExpression } from './not-supported';

export async function executeCreateView(stmt: ViewStatement, scope: Scope): Promise<void> {
  const seen = new Set<string>();
  for (const c of stmt.columns) {
    if (seen.has(ciKey(c))) throw sqlError(4506, c, stmt.name.name);
    seen.add(ciKey(c));
  }
  const body = stmt.query.body;
  if (stmt.columns.length > 0 && body.kind === 'querySpec' && body.items.every((i) => i.kind === 'expr')) {
    if (body.items.length > stmt.columns.length) throw sqlError(8158, stmt.name.name);
    if (body.items.length < stmt.columns.length) throw sqlError(8159, stmt.name.name);
  }
  if (stmt.options.includes('ENCRYPTION')) throw notSupportedExpression('WITH ENCRYPTION');
  await storeModule(scope, stmt.name, stmt.mode, 'V', stmt.sourceText);
}
