// USER_ID, USER_NAME, SUSER_ID, SUSER_SID, SUSER_SNAME, SUSER_NAME, IS_MEMBER, IS_ROLEMEMBER,
// IS_SRVROLEMEMBER over the principals of master and of the current database.
import {
  findDatabasePrincipal, findDatabasePrincipalById, findServerPrincipal, findServerPrincipalById,
  findServerPrincipalBySid, roleClosure, serverRolesOf, type ServerPrincipalRow,
} from '../../../store/index';
import { typed } from '../../../types/typed-value';
import type { Scope } from '../../interpreter/scope';
import { databaseSecurity, DB_OWNER_ROLE_ID } from '../../security/security-context';
import { readCatalog } from '../catalog-reader';
import { arity, argBinary, argInt, argText, INT, SID, SYSNAME, type MetadataFunction } from './arguments';

const SYSADMIN_ROLE_ID = 3;
const PUBLIC_SERVER_ROLE_ID = 2;

function currentDb(scope: Scope): string {
  return scope.session.database;
}

export const USER_ID: MetadataFunction = (call, ctx) => {
  arity(call, 0, 1);
  const name = argText(call, 0, ctx);
  if (name === undefined) return typed(INT, databaseSecurity(ctx.scope, currentDb(ctx.scope)).userId);
  if (name === null) return typed(INT, null);
  return typed(INT, readCatalog(ctx.scope, (s) => findDatabasePrincipal(s, currentDb(ctx.scope), name)?.principalId ?? null) ?? null);
};

export const USER_NAME: MetadataFunction = (call, ctx) => {
  arity(call, 0, 1);
  const id = argInt(call, 0, ctx);
  if (id === undefined) return typed(SYSNAME, databaseSecurity(ctx.scope, currentDb(ctx.scope)).userName);
  if (id === null) return typed(SYSNAME, null);
  return typed(SYSNAME, readCatalog(ctx.scope, (s) => findDatabasePrincipalById(s, currentDb(ctx.scope), id)?.name ?? null) ?? null);
};

function loginByName(scope: Scope, name: string | null | undefined): ServerPrincipalRow | undefined {
  return readCatalog(scope, (s) => findServerPrincipal(s, name ?? scope.session.login.loginName));
}

export const SUSER_ID: MetadataFunction = (call, ctx) => {
  arity(call, 0, 1);
  const name = argText(call, 0, ctx);
  return typed(INT, name === null ? null : loginByName(ctx.scope, name)?.principalId ?? null);
};

export const SUSER_SID: MetadataFunction = (call, ctx) => {
  arity(call, 0, 2);
  const name = argText(call, 0, ctx);
  // the current context of a user WITHOUT LOGIN is named by that user's SID
  const own = name === undefined ? ctx.scope.session.currentContext?.userSid : undefined;
  if (own) return typed(SID, own);
  return typed(SID, name === null ? null : loginByName(ctx.scope, name)?.sid ?? null);
};

export const SUSER_SNAME: MetadataFunction = (call, ctx) => {
  arity(call, 0, 1);
  const sid = argBinary(call, 0, ctx);
  if (sid === undefined) return typed(SYSNAME, ctx.scope.session.login.loginName);
  if (sid === null) return typed(SYSNAME, null);
  return typed(SYSNAME, readCatalog(ctx.scope, (s) => findServerPrincipalBySid(s, sid)?.name ?? null) ?? null);
};

export const SUSER_NAME: MetadataFunction = (call, ctx) => {
  arity(call, 0, 1);
  const id = argInt(call, 0, ctx);
  if (id === undefined) return typed(SYSNAME, ctx.scope.session.login.loginName);
  if (id === null) return typed(SYSNAME, null);
  return typed(SYSNAME, readCatalog(ctx.scope, (s) => findServerPrincipalById(s, id)?.name ?? null) ?? null);
};

/** IS_MEMBER / IS_ROLEMEMBER of the current user: 1, 0, or NULL for an unknown role. */
function memberOfRole(scope: Scope, role: string, principal?: string): number | null {
  const db = currentDb(scope);
  return readCatalog(scope, (s) => {
    const r = findDatabasePrincipal(s, db, role);
    if (!r || r.type !== 'R') return null;
    if (r.principalId === 0) return 1;
    if (principal === undefined) {
      const sec = databaseSecurity(scope, db);
      if (sec.isDbOwner && r.principalId === DB_OWNER_ROLE_ID) return 1;
      return sec.roles.includes(r.principalId) ? 1 : 0;
    }
    const p = findDatabasePrincipal(s, db, principal);
    if (!p) return null;
    if (p.principalId === 1 && r.principalId === DB_OWNER_ROLE_ID) return 1;
    return roleClosure(s, db, p.principalId).includes(r.principalId) ? 1 : 0;
  }) ?? null;
}

export const IS_MEMBER: MetadataFunction = (call, ctx) => {
  arity(call, 1, 1);
  const role = argText(call, 0, ctx);
  return typed(INT, role ? memberOfRole(ctx.scope, role) : null);
};

export const IS_ROLEMEMBER: MetadataFunction = (call, ctx) => {
  arity(call, 1, 2);
  const role = argText(call, 0, ctx);
  const principal = argText(call, 1, ctx);
  if (!role || principal === null) return typed(INT, null);
  return typed(INT, memberOfRole(ctx.scope, role, principal));
};

export const IS_SRVROLEMEMBER: MetadataFunction = (call, ctx) => {
  arity(call, 1, 2);
  const role = argText(call, 0, ctx);
  const loginName = argText(call, 1, ctx);
  if (!role || loginName === null) return typed(INT, null);
  return typed(INT, readCatalog(ctx.scope, (s) => {
    const r = findServerPrincipal(s, role);
    if (!r || r.type !== 'R') return null;
    // a user WITHOUT LOGIN impersonated has no server roles but public
    if (loginName === undefined && ctx.scope.session.currentContext?.userSid) return r.principalId === PUBLIC_SERVER_ROLE_ID ? 1 : 0;
    const login = findServerPrincipal(s, loginName ?? ctx.scope.session.login.loginName);
    if (!login) return null;
    if (loginName === undefined && r.principalId === SYSADMIN_ROLE_ID && ctx.scope.session.isSysadmin) return 1;
    return serverRolesOf(s, login.principalId).includes(r.principalId) ? 1 : 0;
  }) ?? null);
};
