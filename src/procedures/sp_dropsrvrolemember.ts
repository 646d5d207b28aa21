// sp_dropsrvrolemember @loginame, @rolename: ALTER SERVER ROLE ... DROP MEMBER.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-dropsrvrolemember-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { roleMemberProcedure } from './role-member-procedures';

export const spDropSrvRoleMember: ProcedureDefinition = roleMemberProcedure('sp_dropsrvrolemember', 'server', 'DROP');
