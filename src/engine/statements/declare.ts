// DECLARE @v type [= init], ...: scalar variables only for now (table variables need the store).
import type { DeclareStatement } from '../../tsql/ast';
import { evaluate, resolveTypeRef } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { assignVariable } from './assign';
import { notSupportedExpression } from './not-supported';

export function executeDeclare(stmt: DeclareStatement, scope: Scope): void {
  for (const item of stmt.items) {
    if (item.kind !== 'scalar') throw notSupportedExpression(item.kind === 'table' ? 'DECLARE @t TABLE' : 'DECLARE @c CURSOR');
    const v = scope.frame.declare(item.name, resolveTypeRef(item.type), item);
    if (item.init) {
      assignVariable(v, '=', evaluate(item.init, { scope }), scope);
      scope.session.rowCount = 1;
    }
  }
}
