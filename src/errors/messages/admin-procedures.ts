import type { MessageDef } from '../message-def';

// Login and database administration procedures (sp_password, sp_defaultdb, sp_defaultlanguage,
// sp_change_users_login, sp_recompile). Texts are SQL Server's sys.messages (English).
export const adminProcedureMessages: Record<number, MessageDef> = {
  15002: { severity: 16, text: "The procedure '%s' cannot be executed within a transaction." },
  15070: { severity: 10, text: "Object '%s' was successfully marked for recompilation." },
  15165: { severity: 16, text: "Could not find object '%s' or you do not have permission." },
  15289: { severity: 16, text: 'Terminating this procedure. Cannot have an open transaction when this is run.' },
  15291: { severity: 16, text: "Terminating this procedure. The %s '%s' does not exist." },
  15600: { severity: 15, text: "An invalid parameter or option was specified for procedure '%s'." },
};
