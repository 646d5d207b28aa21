// Bulk-loaded rows go into SQLite GROUP rows per INSERT statement (one statement per row costs
// more than the row: a step, a reset and the binding call per row). A multi-row INSERT that hits a
// UNIQUE or PRIMARY KEY is undone whole by SQLite (statement atomicity), and its rows are then
// written one by one so the error names the duplicate key as SQL Server does (2627/2601).
import type { SessionStorage } from '../../store/api';
import { encodeValue, quoteIdent } from '../../store/index';
import type { Typed } from '../../types/typed-value';
import { insertRow, insertSql } from '../query/table-rows';
import type { WritableTable } from '../sql/source-types';

const MAX_GROUP = 64;
/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER is 32766; stay well below it */
const MAX_PARAMETERS = 30_000;

export class RowBatches {
  private pending: (readonly Typed[])[] = [];
  private readonly group: number;
  private readonly groupSql: string;
  private readonly rowSql: string;

  /** `oneByOne`: every row must see the rows before it (a self-referencing FOREIGN KEY is checked) */
  constructor(private readonly s: SessionStorage, private readonly table: WritableTable, oneByOne: boolean) {
    const width = Math.max(1, table.columns.length);
    this.group = oneByOne ? 1 : Math.max(1, Math.min(MAX_GROUP, Math.floor(MAX_PARAMETERS / width)));
    this.rowSql = insertSql(table);
    const marks = `(${table.columns.map(() => '?').join(', ')})`;
    const cols = table.columns.map((c) => quoteIdent(c.name)).join(', ');
    this.groupSql = `INSERT INTO ${table.sqliteName} (${cols}) VALUES ${Array.from({ length: this.group }, () => marks).join(', ')}`;
  }

  add(row: readonly Typed[]): void {
    this.pending.push(row);
    if (this.pending.length >= this.group) this.flushGroup();
  }

  /** writes what is left (fewer than a group: one by one, so no statement per remainder size) */
  finish(): void {
    const rows = this.pending;
    this.pending = [];
    for (const row of rows) insertRow(this.s, this.table, row, this.rowSql);
  }

  private flushGroup(): void {
    const rows = this.pending;
    this.pending = [];
    if (rows.length === 1) {
      insertRow(this.s, this.table, rows[0]!, this.rowSql);
      return;
    }
    const columns = this.table.columns;
    const values: unknown[] = new Array(rows.length * columns.length);
    let k = 0;
    for (const row of rows) for (let i = 0; i < columns.length; i++) values[k++] = encodeValue(columns[i]!.type, row[i]!.value);
    try {
      this.s.run(this.groupSql, values);
    } catch (e) {
      if (!String((e as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) throw e;
      for (const row of rows) insertRow(this.s, this.table, row, this.rowSql);
    }
  }
}
