// DEFAULT definitions as expressions for INSERT: `columnDefaults(table)` maps each column with a
// default to its parsed expression (the stored text, e.g. '((0))' or '(getdate())'), evaluated by
// the DML engine per row. Parsed texts are cached: the same few strings come back on every INSERT.
import { ciKey } from '../../store/index';
import type { Expr } from '../../tsql/ast';
import { parseExpression } from '../../tsql/index';
import type { WritableTable } from '../sql/source-types';

const cache = new Map<string, Expr>();
const MAX_CACHED = 2000;

export function defaultExpression(text: string): Expr {
  let e = cache.get(text);
  if (!e) {
    e = parseExpression(text);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, e);
  }
  return e;
}

/** column name (CI key) -> DEFAULT expression, for the columns that have one */
export function columnDefaults(table: Pick<WritableTable, 'columns'>): Map<string, Expr> {
  const out = new Map<string, Expr>();
  for (const c of table.columns) {
    if (c.defaultDefinition !== null) out.set(ciKey(c.name), defaultExpression(c.defaultDefinition));
  }
  return out;
}
