// DECLARE @v type [= init], ...: scalar variables here; table variables in ddl/table-variables.ts.
import type { DeclareStatement } from '../../tsql/ast';
import { evaluate, resolveTypeRef } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { assignVariable } from './assign';
import { sqlError } from '../../errors/catalog';
import { declareCursorVariable } from '../interpreter/cursors';
import { declareTableVariable } from '../ddl/table-variables';

export function executeDeclare(stmt: DeclareStatement, scope: Scope): void {
  for (const item of stmt.items) {
    if (item.kind === 'table') {
      declareTableVariable(item, scope);
      continue;
    }
    if (item.kind === 'cursorVariable') {
      declareCursorVariable(item.name, item, scope);
      continue;
    }
    if (scope.frame.cursorVariables?.has(item.name.toLowerCase())) throw sqlError(134, item.name);
    const v = scope.frame.declare(item.name, resolveTypeRef(item.type), item);
    if (item.init) {
      assignVariable(v, '=', evaluate(item.init, { scope }), scope);
      scope.session.rowCount = 1;
    }
  }
}
