import type Database from 'better-sqlite3';
import type { SessionStorage } from './api';
import { catalogueMessages } from '../errors/catalog';

// sys.messages in master (__msxd_messages): msxd's own catalogue messages, rewritten from
// errors/catalog.ts at every start (so they follow the build), plus the user-defined messages of
// sp_addmessage (50001 and above), which persist. Created at start with IF NOT EXISTS, like
// server-configuration-rows.ts, so data folders made before it get the table too.

const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS __msxd_messages (
  message_id INTEGER NOT NULL,
  language_id INTEGER NOT NULL,
  severity INTEGER NOT NULL,
  is_event_logged INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (message_id, language_id)
);`;

/** us_english, the only language msxd has */
export const US_ENGLISH_LANGID = 1033;
/**
 * RAISERROR with a text rather than a number: the catalogue has it (as '%s') to build the error,
 * SQL Server's sys.messages has no row for it
 */
const AD_HOC_MESSAGE = 50000;
/** the first user-defined message number (sp_addmessage) */
export const FIRST_USER_MESSAGE = 50001;

export interface MessageRow {
  readonly id: number;
  readonly languageId: number;
  readonly severity: number;
  readonly logged: boolean;
  readonly text: string;
}

interface Raw { message_id: number; language_id: number; severity: number; is_event_logged: number; text: string }

const row = (r: Raw): MessageRow => ({ id: r.message_id, languageId: r.language_id, severity: r.severity, logged: r.is_event_logged !== 0, text: r.text });

/**
 * Node start, on master's own connection. is_event_logged is 0 for every catalogue message:
 * msxd does not know which of SQL Server's messages are logged, and logs only RAISERROR ... WITH
 * LOG and user messages added WITH_LOG.
 */
export function startMessages(db: Database.Database): void {
  db.transaction(() => {
    db.exec(SCHEMA_SQL);
    db.prepare('DELETE FROM __msxd_messages WHERE message_id < ?').run(FIRST_USER_MESSAGE);
    const insert = db.prepare('INSERT INTO __msxd_messages VALUES (?, ?, ?, 0, ?)');
    for (const [id, def] of catalogueMessages()) {
      if (id < AD_HOC_MESSAGE) insert.run(id, US_ENGLISH_LANGID, def.severity, def.text);
    }
  }).immediate();
}

export function findMessage(s: SessionStorage, id: number, languageId = US_ENGLISH_LANGID): MessageRow | undefined {
  s.ensureAttached(['master']);
  const r = s.get<Raw>(`SELECT * FROM ${s.sqliteSchema('master')}.__msxd_messages WHERE message_id = ? AND language_id = ?`, [id, languageId]);
  return r ? row(r) : undefined;
}

/** sp_addmessage's write (with REPLACE too) */
export function saveMessage(s: SessionStorage, m: MessageRow): void {
  s.run(`INSERT INTO ${s.sqliteSchema('master')}.__msxd_messages VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (message_id, language_id) DO UPDATE SET severity = excluded.severity,
      is_event_logged = excluded.is_event_logged, text = excluded.text`,
  [m.id, m.languageId, m.severity, m.logged ? 1 : 0, m.text]);
}

/** sp_altermessage ... 'WITH_LOG': every language of the message */
export function setMessageLogged(s: SessionStorage, id: number, logged: boolean): void {
  s.run(`UPDATE ${s.sqliteSchema('master')}.__msxd_messages SET is_event_logged = ? WHERE message_id = ?`, [logged ? 1 : 0, id]);
}

/** sp_dropmessage; `languageId` undefined drops every language */
export function dropMessage(s: SessionStorage, id: number, languageId?: number): void {
  if (languageId === undefined) s.run(`DELETE FROM ${s.sqliteSchema('master')}.__msxd_messages WHERE message_id = ?`, [id]);
  else s.run(`DELETE FROM ${s.sqliteSchema('master')}.__msxd_messages WHERE message_id = ? AND language_id = ?`, [id, languageId]);
}
