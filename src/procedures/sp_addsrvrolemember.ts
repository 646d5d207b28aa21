// sp_addsrvrolemember @loginame, @rolename: ALTER SERVER ROLE ... ADD MEMBER (15402 when the role
// is not a fixed server role, 15007 unknown login).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-addsrvrolemember-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { roleMemberProcedure } from './role-member-procedures';

export const spAddSrvRoleMember: ProcedureDefinition = roleMemberProcedure('sp_addsrvrolemember', 'server', 'ADD');
