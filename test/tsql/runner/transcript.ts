// Records everything tedious reports for one request, in arrival order, and renders it as the
// text format of test/tsql/README.md. tedious emits request events (COLMETADATA, ROW, DONE*) and
// connection events (INFO, ERROR) synchronously while it walks the token stream, so one shared
// list keeps the server's token order.
import type { Connection } from 'tedious';
import { sqlTypeName } from '../../helpers/tedious-session';
import { renderValue, type ColumnType } from './render-value';

export interface Message {
  readonly number: number;
  readonly state: number;
  readonly class: number;
  readonly message: string;
  readonly procName: string;
  readonly lineNumber: number;
}

export type TranscriptEvent =
  | { readonly kind: 'columns'; readonly columns: ReadonlyArray<ColumnType & { readonly name: string }> }
  | { readonly kind: 'row'; readonly values: readonly string[] }
  | { readonly kind: 'count'; readonly rows: number }
  | { readonly kind: 'error'; readonly message: Message }
  | { readonly kind: 'info'; readonly message: Message }
  | { readonly kind: 'note'; readonly text: string };

interface TediousColumnMeta {
  colName: string;
  type: { name: string };
  dataLength?: number | undefined;
  precision?: number | undefined;
  scale?: number | undefined;
}

/** Collects connection-level messages into whichever transcript is current. */
export class MessageTap {
  private target: TranscriptEvent[] | undefined;

  constructor(conn: Connection) {
    conn.on('infoMessage', (m) => this.target?.push({ kind: 'info', message: toMessage(m) }));
    conn.on('errorMessage', (m) => this.target?.push({ kind: 'error', message: toMessage(m) }));
  }

  attach(events: TranscriptEvent[] | undefined): void {
    this.target = events;
  }
}

export function columnEvent(meta: TediousColumnMeta[] | Record<string, TediousColumnMeta>): TranscriptEvent {
  const list = Array.isArray(meta) ? meta : Object.values(meta);
  return {
    kind: 'columns',
    columns: list.map((c) => ({ name: c.colName, tdsType: c.type.name, sqlType: sqlTypeName(c), scale: c.scale })),
  };
}

export function rowEvent(columns: ColumnType[], row: Array<{ value: unknown }> | Record<string, { value: unknown }>): TranscriptEvent {
  const list = Array.isArray(row) ? row : Object.values(row);
  return { kind: 'row', values: list.map((c, i) => renderValue(c.value, columns[i] ?? { tdsType: '?', sqlType: '?', scale: undefined })) };
}

export function renderEvents(events: readonly TranscriptEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    switch (e.kind) {
      case 'columns':
        out.push(`columns: ${e.columns.map((c) => `${c.name === '' ? '(No column name)' : c.name} ${c.sqlType}`).join(' | ')}`);
        break;
      case 'row':
        out.push(`  ${e.values.join(' | ')}`);
        break;
      case 'count':
        out.push(e.rows === 1 ? '(1 row affected)' : `(${e.rows} rows affected)`);
        break;
      case 'error':
        out.push(messageHeader('Msg', e.message), ...e.message.message.split('\n'));
        break;
      case 'info':
        if (e.message.number === 0) out.push(...e.message.message.split('\n'));
        else out.push(messageHeader('Info', e.message), ...e.message.message.split('\n'));
        break;
      case 'note':
        out.push(`!! ${e.text}`);
        break;
      default: {
        const never: never = e;
        throw new Error(`unknown event ${String(never)}`);
      }
    }
  }
  return out;
}

function messageHeader(word: 'Msg' | 'Info', m: Message): string {
  const proc = m.procName === '' ? '' : `, Procedure ${m.procName}`;
  return `${word} ${m.number}, Level ${m.class}, State ${m.state}${proc}, Line ${m.lineNumber}`;
}

function toMessage(m: { number: number; state: number; class: number; message: string; procName: string; lineNumber: number }): Message {
  return { number: m.number, state: m.state, class: m.class, message: m.message, procName: m.procName ?? '', lineNumber: m.lineNumber };
}
