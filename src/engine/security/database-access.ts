// Whether a login may open a database, outside any session: what the LOGIN7 path needs to refuse
// a login into a database where it has no user (SQL Server: 4060 then 18456). Same rules as USE
// (security-context.ts): sysadmin, the database owner, a user mapped by SID, or guest in
// master/tempdb/msdb.
import { findServerPrincipal, findUserBySid, serverRolesOf, type NodeStore } from '../../store/index';

const GUEST_DATABASES = new Set(['master', 'tempdb', 'msdb']);
const SYSADMIN_ROLE_ID = 3;

export function loginCanAccessDatabase(store: NodeStore, loginName: string, database: string): boolean {
  const info = store.getDatabase(database);
  if (!info) return false;
  if (GUEST_DATABASES.has(info.name.toLowerCase())) return true;
  const s = store.openSession({ database: 'master' });
  try {
    const login = findServerPrincipal(s, loginName);
    if (!login) return false;
    if (serverRolesOf(s, login.principalId).includes(SYSADMIN_ROLE_ID) || login.sid.equals(info.ownerSid)) return true;
    return findUserBySid(s, info.name, login.sid) !== undefined;
  } finally {
    s.close();
  }
}
