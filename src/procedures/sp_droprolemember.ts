// sp_droprolemember @rolename, @membername: ALTER ROLE ... DROP MEMBER.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-droprolemember-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { roleMemberProcedure } from './role-member-procedures';

export const spDropRoleMember: ProcedureDefinition = roleMemberProcedure('sp_droprolemember', 'database', 'DROP');
