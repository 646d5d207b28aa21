// ALTER TABLE t ADD columns/constraints | DROP COLUMN/CONSTRAINT | ALTER COLUMN | [NO]CHECK
// CONSTRAINT, on catalogue tables (columns through a table rebuild: ddl/rebuild-table.ts) and on
// #temp tables (ddl/alter-local-table.ts).
import { sqlError } from '../../errors/catalog';
import type { AlterTableStatement } from '../../tsql/ast';
import { addDefault, addTableConstraint, dropConstraint } from '../ddl/alter-constraints';
import { addColumns, alterColumn, dropColumns } from '../ddl/alter-columns';
import { alterLocalTable } from '../ddl/alter-local-table';
import { touchObject } from '../ddl/catalog-rows';
import { mustFindTable } from '../ddl/ddl-target';
import { withFollowUp } from '../ddl/follow-up';
import { nowTicks } from '../ddl/now-ticks';
import { qualify } from '../ddl/object-names';
import { writeDdl } from '../ddl/storage-of';
import { planTableConstraint } from '../ddl/table-plan';
import type { Scope } from '../interpreter/scope';
import { notSupportedExpression } from './not-supported';

const DROP_CONSTRAINT_CAUSES = new Set([3725, 3728]);

export async function executeAlterTable(stmt: AlterTableStatement, scope: Scope): Promise<void> {
  const q = qualify(scope, stmt.name);
  const action = stmt.action;
  if (action.kind === 'checkConstraints' && !action.enable) throw notSupportedExpression('NOCHECK CONSTRAINT');
  const dropsConstraint = action.kind === 'drop' && action.items.some((i) => i.kind === 'constraint');
  if (q.temp === 'local') {
    await withFollowUp(scope, stmt.line, dropsConstraint ? 3727 : 1750, () => alterLocalTable(scope, q.name, action, stmt.withCheck !== false),
      dropsConstraint ? DROP_CONSTRAINT_CAUSES : undefined);
    return;
  }
  await withFollowUp(scope, stmt.line, dropsConstraint ? 3727 : 1750, () => writeDdl(scope, [q.database], (s) => {
    const found = mustFindTable(scope, s, stmt.name, 4902);
    if (found.kind !== 'catalog') throw sqlError(4902, q.name);
    const t = found.table;
    const now = nowTicks(scope);
    switch (action.kind) {
      case 'add': {
        const fromColumns = action.columns.length > 0 ? addColumns(scope, s, t, action.columns, now) : [];
        const withCheck = stmt.withCheck !== false;
        for (const k of fromColumns) addTableConstraint(scope, s, t, k, withCheck, now);
        for (const k of action.constraints) {
          if (k.kind === 'default') addDefault(s, t, k.name, k.column, k.expr, now);
          else {
            const planned = planTableConstraint(t.name, k);
            if (planned) addTableConstraint(scope, s, t, planned, withCheck, now);
          }
        }
        break;
      }
      case 'drop':
        for (const item of action.items) {
          if (item.kind === 'column') dropColumns(scope, s, t, [item]);
          else dropConstraint(s, t, item.name, item.ifExists);
        }
        break;
      case 'alterColumn':
        alterColumn(scope, s, t, action.column);
        break;
      case 'checkConstraints':
        // Constraints are always enforced in msxd; re-enabling them changes nothing.
        break;
      default: {
        const never: never = action;
        throw new Error(`unknown ALTER TABLE action ${String(never)}`);
      }
    }
    touchObject(s, t.db, t.objectId, now);
  }), dropsConstraint ? DROP_CONSTRAINT_CAUSES : undefined);
}
