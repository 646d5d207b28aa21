// The security report and extended-property procedures, listed once for index.ts.
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { spAddExtendedProperty, spDropExtendedProperty, spUpdateExtendedProperty } from './extended-property-procedures';
import { spHelpLogins } from './sp_helplogins';
import { spHelpRole } from './sp_helprole';
import { spHelpRoleMember } from './sp_helprolemember';
import { spHelpRotect } from './sp_helprotect';
import { spHelpSrvRoleMember } from './sp_helpsrvrolemember';

export const catalogSecurityProcedures: readonly ProcedureDefinition[] = [
  spHelpLogins, spHelpRole, spHelpRoleMember, spHelpSrvRoleMember, spHelpRotect, spAddExtendedProperty, spUpdateExtendedProperty,
  spDropExtendedProperty,
];
