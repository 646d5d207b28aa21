// Login and database administration procedures, listed together so the registry (index.ts) takes
// them in one line: sp_password, sp_defaultdb, sp_defaultlanguage, sp_change_users_login, sp_recompile,
// sp_refreshview.
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { loginAdminProcedures } from './login-admin-procedures';
import { spChangeUsersLogin } from './sp_change_users_login';
import { spRecompile } from './sp_recompile';
import { spRefreshView } from './sp_refreshview';

export const adminProcedures: readonly ProcedureDefinition[] = [...loginAdminProcedures, spChangeUsersLogin, spRecompile, spRefreshView];
