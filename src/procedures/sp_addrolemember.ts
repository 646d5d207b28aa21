// sp_addrolemember @rolename, @membername: ALTER ROLE ... ADD MEMBER, with the procedure's own
// messages (15014 unknown role, 15410 unknown member).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-addrolemember-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { roleMemberProcedure } from './role-member-procedures';

export const spAddRoleMember: ProcedureDefinition = roleMemberProcedure('sp_addrolemember', 'database', 'ADD');
