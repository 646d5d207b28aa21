// The informational system procedures (fixed roles, collation, names, triggers), listed once for index.ts.
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { spHelpDbFixedRole, spHelpSrvRole } from './fixed-role-help';
import { spDbFixedRolePermission, spSrvRolePermission } from './fixed-role-permission-procedures';
import { spHelpLanguage, spLinkedServers } from './language-and-server-help';
import { spHelpSort, spHelpTrigger, spValidName } from './name-and-collation-help';
import { xpLoginInfo } from './xp_logininfo';

export const informationalProcedures: readonly ProcedureDefinition[] = [spHelpSrvRole, spHelpDbFixedRole, spHelpSort, spValidName, spHelpTrigger, spHelpLanguage, spLinkedServers,
  spSrvRolePermission, spDbFixedRolePermission, xpLoginInfo];
