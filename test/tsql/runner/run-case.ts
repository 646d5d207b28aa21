// Runs one case file against a real node over TDS (tedious, SQL batches) and returns its
// rendering. Each file gets a fresh database, created by `sa` before the first batch, and its own
// connection logged into that database; a `-- connect:` directive opens another connection that
// serves the following batches (earlier ones stay open until the file ends).
import { Connection, Request } from 'tedious';
import { connectionConfig } from '../../helpers/tedious-session';
import type { Batch, Directive } from './case-file';
import type { ColumnType } from './render-value';
import { columnEvent, MessageTap, renderEvents, rowEvent, type TranscriptEvent } from './transcript';

export interface Target {
  readonly host: string;
  readonly port: number;
  readonly saPassword: string;
}

export interface CaseRun {
  /** the rendering compared with the .expected file */
  readonly text: string;
  /** facts about the run that are not part of the rendering (e.g. the database fallback) */
  readonly notes: string[];
}

interface Who {
  readonly login: string;
  readonly password: string;
  readonly database: string;
}

interface Live {
  readonly conn: Connection;
  readonly tap: MessageTap;
  readonly who: Who;
}

const REQUEST_TIMEOUT_MS = 20_000;

export async function runCase(target: Target, batches: readonly Batch[], database: string): Promise<CaseRun> {
  const notes: string[] = [];
  const home = await freshDatabase(target, database, notes);
  const lines: string[] = [];
  let live: Live | undefined;
  const earlier: Live[] = [];
  try {
    const opened = await open(target, { login: 'sa', password: target.saPassword, database: home });
    if (opened.live === undefined) throw new Error(`sa cannot log in to ${home}: ${renderEvents(opened.events).join(' / ')}`);
    live = opened.live;
    for (const batch of batches) {
      lines.push(`-- batch ${batch.index} (line ${batch.fileLine})`);
      for (const directive of batch.directives) {
        // the previous session stays open until the file ends, as another client's would
        if (live !== undefined) earlier.push(live);
        const result = await applyDirective(target, directive, home);
        live = result.live;
        lines.push(...renderEvents(result.events));
      }
      if (batch.text === '') continue;
      if (live === undefined) {
        lines.push('!! not connected');
        continue;
      }
      if (live.conn.closed) {
        // the server dropped the session (a crash or severity >= 20): say so, then carry on in a
        // new session as the same login so the remaining cases still say something
        const again = await open(target, live.who);
        lines.push(again.live === undefined ? '!! connection lost; reconnecting failed' : '!! connection lost; reconnected');
        live = again.live;
        if (live === undefined) continue;
      }
      lines.push(...renderEvents(await execute(live, batch.text)));
    }
  } finally {
    for (const session of [...earlier, live]) await closeLive(session);
  }
  return { text: `${lines.join('\n')}\n`, notes };
}

/** CREATE DATABASE for the file; while the node cannot, the file runs in master (noted). */
async function freshDatabase(target: Target, database: string, notes: string[]): Promise<string> {
  const admin = await open(target, { login: 'sa', password: target.saPassword, database: 'master' });
  if (admin.live === undefined) throw new Error(`sa cannot log in: ${renderEvents(admin.events).join(' / ')}`);
  try {
    const events = await execute(admin.live, `CREATE DATABASE [${database}]`);
    const failed = events.filter((e) => e.kind === 'error' || e.kind === 'note');
    if (failed.length === 0) return database;
    notes.push(`CREATE DATABASE [${database}] failed, ran in master: ${renderEvents(failed).join(' / ')}`);
    return 'master';
  } finally {
    await closeLive(admin.live);
  }
}

async function applyDirective(target: Target, directive: Directive, home: string): Promise<{ live: Live | undefined; events: TranscriptEvent[] }> {
  switch (directive.kind) {
    case 'connect': {
      const password = directive.password ?? (directive.login.toLowerCase() === 'sa' ? target.saPassword : '');
      const result = await open(target, { login: directive.login, password, database: directive.database ?? home });
      const events: TranscriptEvent[] = result.live === undefined
        ? [...result.events, { kind: 'note', text: `login ${directive.login} failed` }]
        : [{ kind: 'note', text: `connected as ${directive.login}` }];
      return { live: result.live, events };
    }
    default: {
      const never: never = directive.kind;
      throw new Error(`unknown directive ${String(never)}`);
    }
  }
}

function open(target: Target, who: Who): Promise<{ live: Live | undefined; events: TranscriptEvent[] }> {
  return new Promise((resolve) => {
    const config = connectionConfig(target, { user: who.login, password: who.password, database: who.database, requestTimeoutMs: REQUEST_TIMEOUT_MS });
    const conn = new Connection(config);
    const tap = new MessageTap(conn);
    const events: TranscriptEvent[] = [];
    tap.attach(events);
    conn.on('error', () => undefined);
    conn.connect((err) => {
      if (err) {
        conn.close();
        resolve({ live: undefined, events: events.filter((e) => e.kind === 'error') });
        return;
      }
      tap.attach(undefined);
      resolve({ live: { conn, tap, who }, events: [] });
    });
  });
}

export function execute(live: Live, text: string): Promise<TranscriptEvent[]> {
  return new Promise((resolve) => {
    const events: TranscriptEvent[] = [];
    let columns: ColumnType[] = [];
    live.tap.attach(events);
    const request = new Request(text, (err) => {
      live.tap.attach(undefined);
      if (err && !fromTokens(err)) {
        const code = (err as { code?: string }).code;
        events.push({ kind: 'note', text: `request failed (${code ?? 'no code'}): ${err.message}` });
      }
      resolve(events);
    });
    request.on('columnMetadata', (meta) => {
      const event = columnEvent(meta as never);
      if (event.kind === 'columns') columns = [...event.columns];
      events.push(event);
    });
    request.on('row', (row) => events.push(rowEvent(columns, row as never)));
    const onDone = (rowCount: number | undefined): void => {
      if (rowCount !== undefined) events.push({ kind: 'count', rows: rowCount });
    };
    request.on('done', onDone);
    request.on('doneInProc', onDone);
    request.on('doneProc', onDone);
    live.conn.execSqlBatch(request);
  });
}

/** Errors tedious derives from tokens already rendered (ERROR tokens, several of them, or a DONE
 * error flag); anything else (socket, timeout, cancel) is a transport failure worth a note. */
function fromTokens(err: Error): boolean {
  if (err instanceof AggregateError) return true;
  const code = (err as { code?: string }).code;
  return code === 'EREQUEST' || code === 'UNKNOWN';
}

function closeLive(live: Live | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (live === undefined || live.conn.closed) {
      resolve();
      return;
    }
    const timer = setTimeout(resolve, 2000);
    live.conn.once('end', () => {
      clearTimeout(timer);
      resolve();
    });
    live.conn.close();
  });
}
