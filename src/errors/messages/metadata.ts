import type { MessageDef } from '../message-def';

// Instance and database metadata procedures (sp_helpserver, sp_spaceused, sp_helpindex,
// sp_helpconstraint, sp_rename). Texts are SQL Server's sys.messages (English).
export const metadataMessages: Record<number, MessageDef> = {
  15015: { severity: 16, text: "The server '%s' does not exist. Use sp_helpserver to show available servers." },
  15143: { severity: 16, text: "'%s' is not a valid option for the @updateusage parameter. Enter either 'true' or 'false'." },
  15223: { severity: 11, text: "Error: The input parameter '%s' is not allowed to be null." },
  15225: { severity: 11, text: "No item by the name of '%s' could be found in the current database '%s', given that @itemtype was input as '%s'." },
  15248: { severity: 11, text: 'Either the parameter @objname is ambiguous or the claimed @objtype (%s) is wrong.' },
  15249: { severity: 11, text: "Error: Explicit @objtype '%s' is unrecognized." },
  15234: { severity: 16, text: 'Objects of this type have no space allocated.' },
  15253: { severity: 11, text: "Syntax error parsing SQL identifier '%s'." },
  15333: { severity: 11, text: 'Error: The qualified @oldname references a database (%s) other than the current database.' },
  15335: { severity: 11, text: "Error: The new name '%s' is already in use as a %s name and would cause a duplicate that is not permitted." },
  15477: { severity: 10, text: 'Caution: Changing any part of an object name could break scripts and stored procedures.' },
};
