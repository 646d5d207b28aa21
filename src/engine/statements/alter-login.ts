// ALTER LOGIN name ENABLE | DISABLE | WITH PASSWORD = '...' [OLD_PASSWORD = '...'] [, NAME,
// DEFAULT_DATABASE, DEFAULT_LANGUAGE, CHECK_POLICY, CHECK_EXPIRATION, UNLOCK]. A login may change
// its own password by giving the old one, and its own default database and language; everything
// else needs sysadmin (15247).
import { sqlError } from '../../errors/catalog';
import { findServerPrincipal, getLoginPolicy, setLoginPolicy, updateLogin } from '../../store/index';
import type { AlterLoginStatement } from '../../tsql/ast';
import { lockWait, storageOf } from '../ddl/storage-of';
import { attachForSecurity, writeSecurity } from '../security/write-security';
import type { Scope } from '../interpreter/scope';
import { onlyOptions, option, text } from '../security/option-values';
import { checkPasswordPolicy } from '../security/password-policy';
import { requireSysadmin } from '../security/require-permission';
import { defaultDatabaseOption, policyChoice } from './create-login';
import { notSupportedExpression } from './not-supported';

const SELF_OPTIONS: ReadonlySet<string> = new Set(['DEFAULT_DATABASE', 'DEFAULT_LANGUAGE']);
const OPTIONS = ['CHECK_POLICY', 'CHECK_EXPIRATION', 'DEFAULT_DATABASE', 'DEFAULT_LANGUAGE', 'NAME', 'UNLOCK'] as const;

export async function executeAlterLogin(stmt: AlterLoginStatement, scope: Scope): Promise<void> {
  const { action } = stmt;
  const store = scope.engine.store;
  const ctx = { session: storageOf(scope), wait: lockWait(scope) };
  const self = stmt.name.toLowerCase() === scope.session.login.loginName.toLowerCase();
  // "A principal can change the password, default language, and default database for its own
  // login" (ALTER LOGIN): a new password of one's own still needs the old one
  const selfChange = self && action.kind === 'with' && (action.password === undefined || action.oldPassword !== undefined)
    && action.options.every((o) => SELF_OPTIONS.has(o.name.toUpperCase()));
  // Another login's ALTER is refused as if it did not exist (15151); one's own other changes 15247.
  if (!selfChange && !scope.session.isSysadmin && !self) throw sqlError(15151, 'alter', 'login', stmt.name);
  if (!selfChange) requireSysadmin(scope);
  attachForSecurity(scope);
  const login = findServerPrincipal(storageOf(scope), stmt.name);
  if (!login || login.type !== 'S') throw sqlError(15151, 'alter', 'login', stmt.name);
  switch (action.kind) {
    case 'enable':
    case 'disable':
      await store.setLoginDisabled(login.name, action.kind === 'disable', ctx);
      return;
    case 'addCredential':
    case 'dropCredential':
      throw notSupportedExpression('ALTER LOGIN ... CREDENTIAL');
    case 'with': {
      onlyOptions(action.options, OPTIONS);
      const current = getLoginPolicy(storageOf(scope), login.principalId);
      const policy = policyChoice(action.options, current, action.password);
      if (action.password) {
        // OLD_PASSWORD is a password check only: a disabled login's right old password passes
        if (action.oldPassword !== undefined && (await store.checkLogin(login.name, action.oldPassword)).kind === 'badCredentials') {
          throw sqlError(15151, 'alter', 'login', stmt.name);
        }
        if (policy.checkPolicy) checkPasswordPolicy(login.name, action.password.value);
        await store.changePassword(login.name, action.password.value, ctx);
      }
      const rename = option(action.options, 'NAME');
      const language = option(action.options, 'DEFAULT_LANGUAGE');
      const defaultDatabase = defaultDatabaseOption(scope, action.options);
      await writeSecurity(scope, [], (s) => {
        if (rename && findServerPrincipal(s, text(rename))) throw sqlError(15025, text(rename));
        updateLogin(s, login.principalId, {
          ...(rename ? { name: text(rename) } : {}),
          ...(defaultDatabase !== undefined ? { defaultDatabase } : {}),
          ...(language ? { defaultLanguage: text(language) } : {}),
        });
        setLoginPolicy(s, login.principalId, policy);
      });
      return;
    }
    default: {
      const never: never = action;
      throw new Error(`unknown ALTER LOGIN action ${String(never)}`);
    }
  }
}
