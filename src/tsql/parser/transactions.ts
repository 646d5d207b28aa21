// BEGIN [DISTRIBUTED] TRAN[SACTION], COMMIT, ROLLBACK, SAVE TRAN.
import type {
  BeginTransactionStatement, CommitTransactionStatement, RollbackTransactionStatement, SaveTransactionStatement,
  TransactionName,
} from '../ast';
import { TokenType } from '../lexer';
import { stringValue } from './exec';
import type { Parser } from './parser';

function tranWord(p: Parser): boolean {
  return p.accept('TRAN') || p.accept('TRANSACTION');
}

function optionalName(p: Parser): TransactionName | undefined {
  const t = p.tok;
  if (t.type === TokenType.Variable) {
    p.next();
    return { kind: 'variable', name: t.value };
  }
  if (p.isIdentifier(t) && !p.isAt(1, ':')) {
    p.next();
    return { kind: 'identifier', name: t.value };
  }
  return undefined;
}

export function parseBeginTransaction(p: Parser): BeginTransactionStatement {
  const line = p.expect('BEGIN').line;
  const distributed = p.accept('DISTRIBUTED');
  if (!tranWord(p)) throw p.error();
  const name = optionalName(p);
  let mark: BeginTransactionStatement['mark'];
  if (name && p.is('WITH') && p.isAt(1, 'MARK')) {
    p.pos += 2;
    mark = p.tok.type === TokenType.String ? { description: stringValue(p) } : {};
  }
  return { kind: 'beginTransaction', line, distributed, ...(name ? { name } : {}), ...(mark ? { mark } : {}) };
}

export function parseCommit(p: Parser): CommitTransactionStatement {
  const line = p.expect('COMMIT').line;
  if (p.accept('WORK')) return { kind: 'commitTransaction', line };
  if (!tranWord(p)) return { kind: 'commitTransaction', line };
  const name = optionalName(p);
  return name ? { kind: 'commitTransaction', line, name } : { kind: 'commitTransaction', line };
}

export function parseRollback(p: Parser): RollbackTransactionStatement {
  const line = p.expect('ROLLBACK').line;
  if (p.accept('WORK')) return { kind: 'rollbackTransaction', line };
  if (!tranWord(p)) return { kind: 'rollbackTransaction', line };
  const name = optionalName(p);
  return name ? { kind: 'rollbackTransaction', line, name } : { kind: 'rollbackTransaction', line };
}

export function parseSave(p: Parser): SaveTransactionStatement {
  const line = p.expect('SAVE').line;
  if (!tranWord(p)) throw p.error();
  const name = optionalName(p);
  if (!name) throw p.error();
  return { kind: 'saveTransaction', line, name };
}
