// The BulkLoadBCP message after INSERT BULK (MS-TDS 2.2.6.1): the client's COLMETADATA must
// describe the columns the statement listed; the rows go into the table chunk by chunk as they
// arrive (never all in memory), in one write: a transaction of their own, or a savepoint inside
// the session's transaction, so the message loads all its rows or none. The write lock is held
// while the client sends, as SQL Server's bulk load holds its locks for the batch.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { BulkColumn, BulkRowSource } from '../api';
import type { Scope } from '../interpreter/scope';
import { lockWait } from '../query/dml-common';
import { storageOf } from '../sql/resolve-source';
import { withRuntimeScope } from '../sql/runtime-context';
import { bulkInsertRows } from './bulk-rows';
import type { PendingBulk } from './pending-bulk';
import { RowBatches } from './row-batches';

/** the client gave the message up (IGNORE): nothing is loaded, the DONE carries the error bit */
class Abandoned {}

/** Errors after which SQL Server adds 3621 "The statement has been terminated." */
const TERMINATING = new Set([515, 547, 2601, 2627, 4815]);

export async function runBulkLoad(scope: Scope, source: BulkRowSource): Promise<void> {
  const { session, run } = scope;
  const bulk = session.pendingBulk;
  session.pendingBulk = undefined;
  if (!bulk) {
    // SQL Server reads a BulkLoadBCP message nobody announced and answers with a bare failed DONE.
    await source.discard();
    run.sink.statementDone({ command: 'other', error: true, inProc: false });
    return;
  }
  let count = 0;
  try {
    const columns = await source.columns();
    if (columns === 'abandoned') throw new Abandoned();
    checkColumns(columns, bulk);
    const types = columns.map((c) => c.type);
    const s = storageOf({ scope });
    await s.withWriteLock(async () => {
      const checksForeignKeys = bulk.options.checkConstraints && bulk.table.foreignKeys.length > 0;
      const out = new RowBatches(s, bulk.table, checksForeignKeys);
      for (let rows = await source.rows(); rows !== null; rows = await source.rows()) {
        if (rows === 'abandoned' || run.signal.aborted) throw new Abandoned();
        const chunk = rows;
        withRuntimeScope(scope, () => bulkInsertRows(scope, s, bulk, types, chunk, out));
        count += chunk.length;
      }
      withRuntimeScope(scope, () => out.finish());
      // an ATTENTION that came with the last rows still cancels the load
      if (run.signal.aborted) throw new Abandoned();
    }, lockWait(scope));
  } catch (e) {
    if (e instanceof Abandoned) {
      await source.discard();
      run.sink.statementDone({ command: 'insert', error: true, inProc: false });
      return;
    }
    if (!(e instanceof SqlError)) throw e;
    await source.discard();
    report(e, scope);
    return;
  }
  session.rowCount = count;
  session.lastError = 0;
  run.sink.statementDone({ command: 'insert', rowCount: count, inProc: false });
}

/** The stream must carry the statement's columns, in its order (4804 as SQL Server reports it). */
function checkColumns(columns: readonly BulkColumn[], bulk: PendingBulk): void {
  if (columns.length !== bulk.names.length) throw sqlErrorWithState(4804, 3);
  columns.forEach((c, i) => {
    if (c.name.toLowerCase() !== bulk.names[i]!.toLowerCase()) throw sqlErrorWithState(4804, 3);
  });
}

function report(e: SqlError, scope: Scope): void {
  const { session, run } = scope;
  if (e.lineNumber === 0) e.lineNumber = 1;
  session.lastError = e.number;
  session.rowCount = 0;
  run.sink.message(e);
  if (TERMINATING.has(e.number)) {
    const info = sqlError(3621);
    info.lineNumber = e.lineNumber;
    run.sink.message(info);
  }
  run.sink.statementDone({ command: 'insert', error: true, inProc: false });
}
