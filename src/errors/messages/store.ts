import type { MessageDef } from '../message-def';

// Storage-layer messages (src/store): locking, databases, logins, catalogue objects.
export const storeMessages: Record<number, MessageDef> = {
  1222: { severity: 16, text: 'Lock request time out period exceeded.' },
  1801: { severity: 16, text: "Database '%.*ls' already exists. Choose a different database name." },
  3702: { severity: 16, text: 'Cannot drop database "%.*ls" because it is currently in use.' },
  3708: { severity: 16, text: "Cannot drop the database '%.*ls' because it is a system database." },
  2714: { severity: 16, text: "There is already an object named '%.*ls' in the database." },
  15007: { severity: 16, text: "'%s' is not a valid login or you do not have permission." },
  15025: { severity: 16, text: "The server principal '%s' already exists." },
};
