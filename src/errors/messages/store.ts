import type { MessageDef } from '../message-def';

// Storage-layer messages (src/store): locking, databases, logins, catalogue objects.
export const storeMessages: Record<number, MessageDef> = {
  1222: { severity: 16, text: 'Lock request time out period exceeded.' },
  1801: { severity: 16, text: "Database '%.*ls' already exists. Choose a different database name." },
  2705: { severity: 16, text: "Column names in each table must be unique. Column name '%.*ls' in table '%.*ls' is specified more than once." },
  2714: { severity: 16, text: "There is already an object named '%.*ls' in the database." },
  2760: { severity: 16, text: 'The specified schema name "%.*ls" either does not exist or you do not have permission to use it.' },
  3702: { severity: 16, text: 'Cannot drop database "%.*ls" because it is currently in use.' },
  3708: { severity: 16, text: "Cannot %S_MSG the %S_MSG '%.*ls' because it is a system %S_MSG." },
  15007: { severity: 16, text: "'%s' is not a valid login or you do not have permission." },
  15025: { severity: 16, text: "The server principal '%s' already exists." },
};
