import type { MessageDef } from '../message-def';

// Security report procedures (sp_helpsrvrolemember, sp_helprotect) and extended properties
// (sp_addextendedproperty and friends). Texts are SQL Server's sys.messages (English).
export const catalogSecurityMessages: Record<number, MessageDef> = {
  15135: { severity: 16, text: "Object is invalid. Extended properties are not permitted on '%s', or the object does not exist." },
  15217: { severity: 16, text: "Property cannot be updated or deleted. Property '%s' does not exist for '%s'." },
  15233: { severity: 16, text: "Property cannot be added. Property '%s' already exists for '%s'." },
  15330: { severity: 11, text: 'There are no matching rows on which to report.' },
  15412: { severity: 11, text: "'%s' is not a known fixed role." },
};
