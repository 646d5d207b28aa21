// MERGE: not yet translated (the statement is refused loudly, 40510).
import type { MergeStatement } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { notSupported } from './not-supported';

export function executeMerge(stmt: MergeStatement, scope: Scope): Promise<void> {
  void scope;
  return Promise.reject(notSupportedError(stmt));
}

function notSupportedError(stmt: MergeStatement): unknown {
  try {
    notSupported(stmt);
  } catch (e) {
    return e;
  }
  return undefined;
}
