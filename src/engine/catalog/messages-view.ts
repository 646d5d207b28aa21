// sys.messages and its compatibility view sys.sysmessages, from master's __msxd_messages (store
// message-rows.ts): msxd's catalogue messages, copied at start, plus the user-defined messages of
// sp_addmessage. "sys.messages (Transact-SQL)"; "sys.sysmessages (Transact-SQL)": dlevel is
// documented as internal; SQL Server's own sp_addmessage body stored 0x80 there for @with_log =
// 'TRUE', so a logged message shows 128, others 0. description is nvarchar(255).
import type { SystemViewDefinition } from '../sql/system-view-registry';
import { BIT, columns, INT, nvarchar, SMALLINT, TINYINT } from './view-columns';

export const sysMessages: SystemViewDefinition = {
  schema: 'sys', name: 'messages',
  columns: columns([
    ['message_id', INT], ['language_id', SMALLINT], ['severity', TINYINT, true], ['is_event_logged', BIT, true],
    ['text', nvarchar(2048), true],
  ]),
  sql: (ctx) => `SELECT m.message_id, m.language_id, m.severity, m.is_event_logged, m.text
    FROM ${ctx.masterSchema}.__msxd_messages m ORDER BY m.message_id, m.language_id`,
};

export const sysSysmessages: SystemViewDefinition = {
  schema: 'sys', name: 'sysmessages',
  columns: columns([
    ['error', INT], ['severity', TINYINT, true], ['dlevel', SMALLINT, true], ['description', nvarchar(255), true],
    ['msglangid', SMALLINT],
  ]),
  sql: (ctx) => `SELECT m.message_id, m.severity, CASE WHEN m.is_event_logged <> 0 THEN 128 ELSE 0 END, substr(m.text, 1, 255), m.language_id
    FROM ${ctx.masterSchema}.__msxd_messages m ORDER BY m.message_id, m.language_id`,
};
