import type { MessageDef } from '../message-def';

// Security and catalogue messages (src/engine/security, src/engine/catalog, catalog procedures).
// Texts are SQL Server's sys.messages (English). Where sys.messages has %S_MSG (a word SQL Server
// substitutes from its own message table: "drop", "user", "login" ...), the template here has %s
// and the raiser passes the word, so the rendered text is identical.
export const securityMessages: Record<number, MessageDef> = {
  230: { severity: 14, text: "The %ls permission was denied on the column '%.*ls' of the object '%.*ls', database '%.*ls', schema '%.*ls'." },
  916: { severity: 14, text: 'The server principal "%.*ls" is not able to access the database "%.*ls" under the current security context.' },
  3729: { severity: 16, text: "Cannot %ls '%.*ls' because it is being referenced by object '%.*ls'." },
  4617: { severity: 16, text: 'Cannot grant, deny or revoke permissions to or from special roles.' },
  15003: { severity: 16, text: 'Only members of the %s role can execute this stored procedure.' },
  15008: { severity: 16, text: "User '%s' does not exist in the current database." },
  15009: { severity: 16, text: "The object '%s' does not exist in database '%s' or is invalid for this operation." },
  15010: { severity: 16, text: "The database '%s' does not exist. Supply a valid database name. To see available databases, use sys.databases." },
  15014: { severity: 16, text: "The role '%s' does not exist in the current database." },
  15023: { severity: 16, text: "User, group, or role '%s' already exists in the current database." },
  15063: { severity: 16, text: 'The login already has an account under a different user name.' },
  15099: { severity: 16, text: 'The MUST_CHANGE option cannot be used when CHECK_EXPIRATION is OFF.' },
  15116: { severity: 16, text: 'Password validation failed. The password does not meet the operating system policy requirements because it is too short.' },
  15117: { severity: 16, text: 'Password validation failed. The password does not meet the operating system policy requirements because it is too long.' },
  15118: { severity: 16, text: 'Password validation failed. The password does not meet the operating system policy requirements because it is not complex enough.' },
  15122: { severity: 16, text: 'The CHECK_EXPIRATION option cannot be used when CHECK_POLICY is OFF.' },
  15138: { severity: 16, text: 'The database principal owns a %S_MSG in the database, and cannot be dropped.' },
  15144: { severity: 16, text: 'The role has members. It must be empty before it can be dropped.' },
  15150: { severity: 16, text: "Cannot %S_MSG the %S_MSG '%.*ls'." },
  15151: { severity: 16, text: "Cannot %S_MSG the %S_MSG '%.*ls', because it does not exist or you do not have permission." },
  15197: { severity: 16, text: "There is no text for object '%s'." },
  15469: { severity: 10, text: "No constraints are defined on object '%ls', or you do not have permissions." },
  15470: { severity: 10, text: "No foreign keys reference table '%ls', or you do not have permissions on referencing tables." },
  15472: { severity: 10, text: "The object '%ls' does not have any indexes, or you do not have permissions." },
  15402: { severity: 11, text: "'%s' is not a fixed server role." },
  15405: { severity: 11, text: "Cannot use the special principal '%s'." },
  15409: { severity: 11, text: "'%s' is not a role." },
  15410: { severity: 11, text: "User or role '%s' does not exist in this database." },
  15413: { severity: 11, text: 'Cannot make a role a member of itself.' },
  15434: { severity: 16, text: "Could not drop login '%s' as the user is currently logged in." },
  15530: { severity: 16, text: 'The %S_MSG with name "%.*ls" already exists.' },
  15541: { severity: 16, text: "Cannot drop the credential '%.*ls' because it is used by a server principal." },
  15081: { severity: 16, text: 'Membership of the public role cannot be changed.' },
};
