// What an INSERT BULK leaves for the BulkLoadBCP message that must follow it.
import type { InsertBulkOptions } from '../../tsql/ast';
import type { WritableTable } from '../sql/source-types';

export interface PendingBulk {
  readonly table: WritableTable;
  /** the table column (index into table.columns) of each column the statement lists, in order */
  readonly targets: readonly number[];
  /** the names as the statement wrote them (COLMETADATA must match them) */
  readonly names: readonly string[];
  readonly options: InsertBulkOptions;
}
