// sys.login_token and sys.user_token: the principals whose permissions the session's checks use
// ("sys.login_token (Transact-SQL)", "sys.user_token"). The login, then its server roles (public
// first); the database user of the current database, then its roles, public included. Both come
// from the same facts the permission checks read (security-context.ts), not from a second model.
import { findDatabasePrincipalById, findServerPrincipalById, FIXED_DATABASE_ROLES, serverRolesOf } from '../../store/index';
import type { SqlValue } from '../../types/values';
import { readCatalog } from '../catalog/catalog-reader';
import { databaseSecurity, loginRow } from '../security/security-context';
import { col, nv, type SystemView } from './system-view';

const TOKEN_COLUMNS = [
  col('principal_id', { kind: 'int' }, false), col('sid', { kind: 'varbinary', length: 85 }), col('name', nv(128)),
  col('type', nv(128)), col('usage', nv(128)),
];

const USAGE = 'GRANT OR DENY';

export const sysLoginToken: SystemView = {
  name: 'sys.login_token',
  columns: TOKEN_COLUMNS,
  rows(scope) {
    const login = loginRow(scope);
    if (!login) return [];
    const rows: SqlValue[][] = [[login.principalId, login.sid, login.name, 'SQL LOGIN', USAGE]];
    readCatalog(scope, (s) => {
      for (const id of [...new Set(serverRolesOf(s, login.principalId))].sort((a, b) => a - b)) {
        const role = findServerPrincipalById(s, id);
        if (role) rows.push([role.principalId, role.sid, role.name, 'SERVER ROLE', USAGE]);
      }
    });
    return rows;
  },
};

export const sysUserToken: SystemView = {
  name: 'sys.user_token',
  columns: TOKEN_COLUMNS,
  rows(scope) {
    const sec = databaseSecurity(scope, scope.session.database);
    if (sec.userId === null) return [];
    const ids = [sec.userId, ...[...new Set(sec.roles)].sort((a, b) => a - b)];
    return readCatalog(scope, (s) => ids.map((id, i) => {
      const p = findDatabasePrincipalById(s, sec.database, id);
      const name = p?.name ?? FIXED_DATABASE_ROLES.find((r) => r.id === id)?.name ?? (i === 0 ? sec.userName : null);
      return [id, p?.sid ?? null, name, i === 0 ? 'SQL USER' : 'ROLE', USAGE];
    })) ?? [];
  },
};
