// The Agent proxy procedures of msdb (tables: sql/0001 sysproxies, sql/0013), as one list for ../index.ts.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { spAddProxy } from './sp_add_proxy';
import { spUpdateProxy } from './sp_update_proxy';
import { spDeleteProxy } from './sp_delete_proxy';
import { spHelpProxy } from './sp_help_proxy';
import { spGrantProxyToSubsystem } from './sp_grant_proxy_to_subsystem';
import { spRevokeProxyFromSubsystem } from './sp_revoke_proxy_from_subsystem';
import { spGrantLoginToProxy } from './sp_grant_login_to_proxy';
import { spRevokeLoginFromProxy } from './sp_revoke_login_from_proxy';
import { spEnumProxyForSubsystem } from './sp_enum_proxy_for_subsystem';
import { spEnumLoginForProxy } from './sp_enum_login_for_proxy';

export const agentProxyProcedures: readonly ProcedureDefinition[] = [
  spAddProxy, spUpdateProxy, spDeleteProxy, spHelpProxy,
  spGrantProxyToSubsystem, spRevokeProxyFromSubsystem, spGrantLoginToProxy, spRevokeLoginFromProxy,
  spEnumProxyForSubsystem, spEnumLoginForProxy,
];
