// The one catalogue of SQL Server message numbers, severities and texts. The rows live in
// messages/*.ts (split by area so each file stays small); this module merges them and is the only
// way to build a SqlError from a number.
import { SqlError } from './sql-error';
import type { MessageDef } from './message-def';
import { coreMessages } from './messages/core';
import { typesMessages } from './messages/types';
import { storeMessages } from './messages/store';
import { engineMessages } from './messages/engine';
import { tsqlMessages } from './messages/tsql';
import { serverMessages } from './messages/server';
import { securityMessages } from './messages/security';
import { ddlMessages } from './messages/ddl';
import { queryMessages } from './messages/query';
import { agentMessages } from './messages/agent';
import { agentServiceMessages } from './messages/agent-service';
import { interpreterMessages } from './messages/interpreter';
import { cursorMessages } from './messages/cursors';
import { tsxMessages } from './messages/tsx';
import { loginMessages } from './messages/login';
import { databaseMailMessages } from './messages/database-mail';
import { databaseMailQueueMessages } from './messages/database-mail-queue';
import { servicesMessages } from './messages/services';
import { configurationMessages } from './messages/configuration';
import { jsonMessages } from './messages/json';
import { sessionsMessages } from './messages/sessions';
import { odbcCatalogMessages } from './messages/odbc-catalog';
import { backupMessages } from './messages/backup';
import { metadataMessages } from './messages/metadata';
import { userMessagesMessages } from './messages/user-messages';
import { bulkMessages } from './messages/bulk';
import { describeMessages } from './messages/describe';
import { maintenanceMessages } from './messages/maintenance';
import { catalogSecurityMessages } from './messages/catalog-security';
import { informationalMessages } from './messages/informational';
import { adminProcedureMessages } from './messages/admin-procedures';

const catalog = new Map<number, MessageDef>();
for (const table of [coreMessages, typesMessages, storeMessages, engineMessages, tsqlMessages, serverMessages, securityMessages, ddlMessages, queryMessages, agentMessages, interpreterMessages, cursorMessages, agentServiceMessages, tsxMessages, loginMessages, databaseMailMessages, databaseMailQueueMessages, servicesMessages, configurationMessages, jsonMessages, sessionsMessages, odbcCatalogMessages, backupMessages, metadataMessages, userMessagesMessages, bulkMessages, describeMessages, maintenanceMessages, catalogSecurityMessages, informationalMessages, adminProcedureMessages]) {
  for (const [num, def] of Object.entries(table)) {
    const n = Number(num);
    if (catalog.has(n)) throw new Error(`message ${n} defined twice in the catalogue`);
    catalog.set(n, def);
  }
}

export function messageDef(number: number): MessageDef | undefined {
  return catalog.get(number);
}

/** every catalogue message (the store copies them into sys.messages at start) */
export function catalogueMessages(): IterableIterator<[number, MessageDef]> {
  return catalog.entries();
}

/**
 * Formats a message text the way SQL Server's FORMATMESSAGE/RAISERROR do: %s %ls %d %i %u %x %X
 * %o, with optional width/precision ("%.*ls" takes the precision from the arguments). %S_MSG is
 * sys.messages' slot for a word SQL Server inserts from its own message table ("drop", "table");
 * the caller passes that word as a string argument, so the slot formats like %s. %S_PGID (a page
 * id, `(1:143)`) is passed already formatted, too.
 */
export function formatMessage(template: string, args: readonly unknown[]): string {
  let argIndex = 0;
  const next = (): unknown => (argIndex < args.length ? args[argIndex++] : undefined);
  return template.replace(/%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d+))?(I64|h|l)?(S_MSG|S_PGID|[sdiuxXoc%])/g,
    (whole, flags: string, width: string | undefined, precision: string | undefined, _size, conv: string) => {
      if (conv === '%') return '%';
      const w = width === '*' ? Number(next()) : width ? Number(width) : 0;
      const p = precision === '*' ? Number(next()) : precision !== undefined ? Number(precision) : undefined;
      const value = next();
      let out: string;
      if (value === undefined || value === null) out = conv === 's' ? '(null)' : '(null)';
      else if (conv === 's' || conv === 'S_MSG' || conv === 'S_PGID' || conv === 'c') out = String(value);
      else if (conv === 'd' || conv === 'i' || conv === 'u') out = String(Math.trunc(Number(value)));
      else if (conv === 'x') out = (Number(value) >>> 0).toString(16);
      else if (conv === 'X') out = (Number(value) >>> 0).toString(16).toUpperCase();
      else if (conv === 'o') out = (Number(value) >>> 0).toString(8);
      else out = whole;
      if (flags.includes('#') && Number(value) !== 0 && (conv === 'x' || conv === 'X' || conv === 'o')) out = (conv === 'x' ? '0x' : conv === 'X' ? '0X' : '0') + out;
      if (p !== undefined && (conv === 's' || conv === 'S_MSG')) out = out.slice(0, p);
      if (out.length < w) out = flags.includes('-') ? out.padEnd(w) : out.padStart(w, flags.includes('0') ? '0' : ' ');
      return out;
    });
}

/** Builds the SqlError for catalogue message `number`; `args` fill the text's placeholders. */
export function sqlError(number: number, ...args: unknown[]): SqlError {
  const def = catalog.get(number);
  if (!def) throw new Error(`message ${number} is not in the catalogue`);
  return new SqlError(number, def.severity, 1, formatMessage(def.text, withPrecisions(def.text, args)));
}

/** Same, with an explicit state (SQL Server raises some messages with states other than 1). */
export function sqlErrorWithState(number: number, state: number, ...args: unknown[]): SqlError {
  const e = sqlError(number, ...args);
  return new SqlError(e.number, e.severity, state, e.message);
}

// "%.*ls" placeholders take (length, string) pairs; callers pass only the strings, so the
// lengths are inserted here.
function withPrecisions(template: string, args: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  for (const m of template.matchAll(/%[-+ 0#]*(\*|\d+)?(?:\.(\*|\d+))?(?:I64|h|l)?(S_MSG|[sdiuxXoc%])/g)) {
    if (m[3] === '%') continue;
    if (m[2] === '*') {
      const v = args[i++];
      out.push(v === undefined || v === null ? 0 : String(v).length, v);
    } else out.push(args[i++]);
  }
  while (i < args.length) out.push(args[i++]);
  return out;
}
