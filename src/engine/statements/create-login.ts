// CREATE LOGIN name WITH PASSWORD = '...' [, CHECK_POLICY, CHECK_EXPIRATION, DEFAULT_DATABASE,
// DEFAULT_LANGUAGE, SID]. The password goes straight to the store (salted scrypt); it is never
// logged nor kept. Windows logins, hashed passwords and MUST_CHANGE are refused (40517).
import { sqlError } from '../../errors/catalog';
import { setLoginPolicy } from '../../store/index';
import type { CreateLoginStatement, LoginPassword, OptionSetting } from '../../tsql/ast';
import { lockWait, storageOf } from '../ddl/storage-of';
import { attachForSecurity, writeSecurity } from '../security/write-security';
import type { Scope } from '../interpreter/scope';
import { binary, onlyOptions, onOff, option, text } from '../security/option-values';
import { checkPasswordPolicy } from '../security/password-policy';
import { requireSysadmin } from '../security/require-permission';
import { notSupportedExpression } from './not-supported';

const OPTIONS = ['CHECK_POLICY', 'CHECK_EXPIRATION', 'DEFAULT_DATABASE', 'DEFAULT_LANGUAGE', 'SID'] as const;

export interface PolicyChoice {
  readonly checkPolicy: boolean;
  readonly checkExpiration: boolean;
}

/** The policy flags a statement asks for (defaults: the login's current ones). */
export function policyChoice(options: readonly OptionSetting[], current: PolicyChoice, password?: LoginPassword): PolicyChoice {
  const p = option(options, 'CHECK_POLICY');
  const e = option(options, 'CHECK_EXPIRATION');
  const checkPolicy = p ? onOff(p) : current.checkPolicy;
  const checkExpiration = e ? onOff(e) : checkPolicy ? current.checkExpiration : false;
  if (checkExpiration && !checkPolicy) throw sqlError(15122);
  if (password?.mustChange) {
    if (!checkExpiration) throw sqlError(15099);
    throw notSupportedExpression('MUST_CHANGE');
  }
  if (password?.hashed) throw notSupportedExpression('HASHED');
  return { checkPolicy, checkExpiration };
}

/** A DEFAULT_DATABASE spelled as the catalogue spells it (unknown names are kept as written). */
export function defaultDatabaseOption(scope: Scope, options: readonly OptionSetting[]): string | undefined {
  const o = option(options, 'DEFAULT_DATABASE');
  if (!o) return undefined;
  const name = text(o);
  return scope.engine.store.getDatabase(name)?.name ?? name;
}

export async function executeCreateLogin(stmt: CreateLoginStatement, scope: Scope): Promise<void> {
  requireSysadmin(scope);
  attachForSecurity(scope);
  if (stmt.windows) throw notSupportedExpression('FROM WINDOWS');
  if (!stmt.password) throw notSupportedExpression('CREATE LOGIN without PASSWORD');
  onlyOptions(stmt.options, OPTIONS);
  const policy = policyChoice(stmt.options, { checkPolicy: true, checkExpiration: false }, stmt.password);
  if (policy.checkPolicy) checkPasswordPolicy(stmt.name, stmt.password.value);
  const sid = option(stmt.options, 'SID');
  const defaultDatabase = defaultDatabaseOption(scope, stmt.options);
  const row = await scope.engine.store.createLogin(stmt.name, stmt.password.value, {
    ...(defaultDatabase !== undefined ? { defaultDatabase } : {}),
    ...(sid ? { sid: binary(sid) } : {}),
  }, { session: storageOf(scope), wait: lockWait(scope) });
  await writeSecurity(scope, [], (s) => setLoginPolicy(s, row.principalId, policy));
}
