// The @loginame argument of sp_who and sp_who2 as a WHERE over sys.sysprocesses: a session id, the
// word 'ACTIVE' (sessions not awaiting a command) or a login name; none lists every session.
import { nstr } from './catalog-sql';

export function sessionFilter(arg: string | undefined): string {
  if (arg === undefined) return '';
  const trimmed = arg.trim();
  const spid = Number(trimmed);
  if (trimmed !== '' && Number.isInteger(spid)) return `WHERE spid = ${spid}`;
  if (trimmed.toUpperCase() === 'ACTIVE') return "WHERE UPPER(cmd) <> 'AWAITING COMMAND'";
  return `WHERE loginame = ${nstr(arg)}`;
}
