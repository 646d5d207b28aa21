// What an API cursor sends: its columns plus the hidden ROWSTAT int (sp_cursorfetch: "the row
// status indicators are sent as hidden columns, similar to BROWSE mode, at the end of each row
// with the column name rowstat and data type INT4"), then the fetch buffer's rows.
import type { SqlValue } from '../../../types/values';
import type { QueryColumn } from '../../query/run-query';
import type { ResultColumn } from '../../result-sink';
import type { Scope } from '../../interpreter/scope';
import type { ApiCursor } from './api-cursor';
import { ROWSTAT } from './cursor-options';
import type { FetchBuffer } from './fetch-buffer';

const ROWSTAT_COLUMN: ResultColumn = { name: 'ROWSTAT', type: { kind: 'int' }, nullable: false, hidden: true };

/** the COLMETADATA of a cursor; an updatable cursor's columns are read/write */
export function cursorColumns(columns: readonly QueryColumn[], updatable: boolean): readonly ResultColumn[] {
  return [
    ...columns.map((c): ResultColumn => ({
      name: c.name, type: c.type, nullable: c.nullable,
      ...(c.identity ? { identity: true } : {}),
      ...(updatable && !c.identity ? { updateable: 1 as const } : {}),
    })),
    ROWSTAT_COLUMN,
  ];
}

/**
 * One result set: the cursor's columns and the buffer's rows; sp_cursoropen sends it with no rows.
 * A row deleted through the cursor is FETCH_MISSING, its values dummies ("nullable fields set to
 * null", the others keep the values the cursor read).
 */
export function sendBuffer(api: ApiCursor, columns: readonly ResultColumn[], buffer: FetchBuffer, scope: Scope): number {
  const open = api.cursor.open;
  const sink = scope.run.sink;
  sink.columns(columns);
  let sent = 0;
  if (open !== undefined) {
    for (let i = buffer.start; i < buffer.start + buffer.length; i++) {
      const row = open.rows[i];
      if (row === undefined) continue;
      const missing = open.deleted?.has(i) === true;
      const values: SqlValue[] = row.map((t, c) => (missing && columns[c]?.nullable ? null : t.value));
      values.push(missing ? ROWSTAT.MISSING : ROWSTAT.SUCCEEDED);
      sink.row(values);
      sent++;
    }
  }
  sink.statementDone({ command: 'select', ...(scope.session.nocount ? {} : { rowCount: sent }), inProc: true });
  return sent;
}
