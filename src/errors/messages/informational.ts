import type { MessageDef } from '../message-def';

// Informational system procedures (sp_validname, xp_logininfo; sp_helplanguage's 15033 is in user-messages.ts). Texts are SQL Server's sys.messages (English).
export const informationalMessages: Record<number, MessageDef> = {
  15004: { severity: 16, text: 'Name cannot be NULL.' },
  15006: { severity: 16, text: "'%s' is not a valid name because it contains invalid characters." },
  15404: { severity: 16, text: "Could not obtain information about Windows NT group/user '%ls', error code %#lx." },
};
