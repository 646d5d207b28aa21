// T-SQL syntax tree: INSERT BULK, the statement a bulk-copy client sends before its BulkLoadBCP
// message (MS-TDS 2.2.6.1). Conventions are in ../ast.ts.
import type { ObjectName, TypeRef } from './names';

/** One column the client will send, as it declares it (the table's own type decides storage). */
export interface InsertBulkColumn {
  readonly name: string;
  readonly type: TypeRef;
  readonly collation?: string;
  readonly nullable?: boolean;
}

export interface InsertBulkOrder {
  readonly column: string;
  readonly descending: boolean;
}

/** The WITH options SQL Server accepts after INSERT BULK (KEEP_IDENTITY is not one: 102). */
export interface InsertBulkOptions {
  readonly checkConstraints: boolean;
  readonly fireTriggers: boolean;
  readonly keepNulls: boolean;
  readonly tablock: boolean;
  readonly kilobytesPerBatch?: number;
  readonly rowsPerBatch?: number;
  readonly order: readonly InsertBulkOrder[];
}

export interface InsertBulkStatement {
  readonly kind: 'insertBulk';
  readonly line: number;
  readonly table: ObjectName;
  readonly columns: readonly InsertBulkColumn[];
  readonly options: InsertBulkOptions;
}
