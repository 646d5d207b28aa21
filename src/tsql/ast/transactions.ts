// T-SQL syntax tree: transactions. Conventions are in ../ast.ts.

/** A transaction or savepoint name: an identifier or a variable holding it. */
export type TransactionName =
  | { readonly kind: 'identifier'; readonly name: string }
  | { readonly kind: 'variable'; readonly name: string };

export interface BeginTransactionStatement {
  readonly kind: 'beginTransaction';
  readonly line: number;
  readonly name?: TransactionName;
  /** BEGIN DISTRIBUTED TRAN: parsed so the engine can refuse it by name */
  readonly distributed: boolean;
  /** WITH MARK ['description'] */
  readonly mark?: { readonly description?: string };
}

export interface CommitTransactionStatement {
  readonly kind: 'commitTransaction';
  readonly line: number;
  readonly name?: TransactionName;
}

export interface RollbackTransactionStatement {
  readonly kind: 'rollbackTransaction';
  readonly line: number;
  readonly name?: TransactionName;
}

export interface SaveTransactionStatement {
  readonly kind: 'saveTransaction';
  readonly line: number;
  readonly name: TransactionName;
}
