// DELETE [TOP (n)] [FROM] target [OUTPUT ...] [FROM ...] [WHERE ...]: the affected rows are
// selected by SQLite (query/target-rows.ts), then each is checked against the FOREIGN KEYs that
// reference it (547, or CASCADE / SET NULL) and deleted by rowid.
import type { DeleteStatement, Expr } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { checkReferences } from '../query/constraints';
import { dmlContext, resolveTarget, runDml } from '../query/dml-common';
import { OutputCollector, otherValue } from '../query/output-clause';
import { deleteRow } from '../query/table-rows';
import { cachedTargetRows, readTargetRows } from '../query/target-rows';
import { positionedRow } from '../query/positioned';
import { tx } from '../sql/translate-expr';
import { andWhere, viewTarget } from '../query/view-target';

export async function executeDelete(statement: DeleteStatement, scope: Scope): Promise<void> {
  let stmt = statement;
  const c = dmlContext(scope);
  const view = viewTarget(stmt.target, c);
  if (view) stmt = { ...stmt, target: view.base, ...withWhere(andWhere(view.where, stmt.where)) };
  const resolved = resolveTarget(stmt.target, c, 'DELETE', stmt.from);
  const target = view ? { ...resolved, exposed: view.exposed } : resolved;
  const table = target.table;
  const positioned = stmt.currentOf ? positionedRow(stmt.currentOf, target, scope) : undefined;
  const output = new OutputCollector(stmt.output, table, scope, c);
  await runDml(scope, 'delete', (s) => {
    const others = output.otherColumns();
    const prepared = cachedTargetRows(view || output.active ? undefined : statement, stmt, target, c,
      (ctx) => others.map((e) => tx(e, ctx)));
    const all = readTargetRows(s, prepared, target, scope);
    const rows = positioned ? all.filter((r) => positioned.matches(r.old)).slice(0, 1) : all;
    for (const r of rows) {
      checkReferences(s, table, r.old, 'DELETE');
      deleteRow(s, table, r.rowid);
      output.add({ inserted: null, deleted: r.old, action: 'DELETE', extra: (ref) => otherValue(others, ref, r.computed, 0) });
    }
    output.writeInto(s);
    if (positioned && rows.length > 0) positioned.changed(undefined);
    return rows.length;
  }, () => output.emit(), stmt.line);
}

function withWhere(where: Expr | undefined): { where?: Expr } {
  return where ? { where } : {};
}
