// BEGIN/COMMIT/ROLLBACK/SAVE TRANSACTION as T-SQL statements; the TDS transaction-manager requests
// reach the same TransactionManager through EngineSession.transaction().
import type {
  BeginTransactionStatement, CommitTransactionStatement, RollbackTransactionStatement,
  SaveTransactionStatement, TransactionName,
} from '../../tsql/ast';
import { evaluate } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { notSupportedExpression } from './not-supported';

function nameOf(name: TransactionName | undefined, scope: Scope): string {
  if (!name) return '';
  if (name.kind === 'identifier') return name.name;
  return String(evaluate({ kind: 'variable', line: 0, name: name.name }, { scope }).value ?? '');
}

export async function executeBeginTransaction(stmt: BeginTransactionStatement, scope: Scope): Promise<void> {
  if (stmt.distributed) throw notSupportedExpression('BEGIN DISTRIBUTED TRANSACTION');
  await scope.session.transactions.begin(nameOf(stmt.name, scope));
  scope.session.rowCount = 0;
}

export function executeCommit(stmt: CommitTransactionStatement, scope: Scope): void {
  void stmt;
  scope.session.transactions.commit();
  scope.session.rowCount = 0;
}

export function executeRollback(stmt: RollbackTransactionStatement, scope: Scope): void {
  scope.session.transactions.rollback(nameOf(stmt.name, scope));
  scope.session.rowCount = 0;
}

export function executeSave(stmt: SaveTransactionStatement, scope: Scope): void {
  scope.session.transactions.save(nameOf(stmt.name, scope));
}
