// sys.sysprocesses, the SQL Server 2000 compatibility view: one row per session, from the facts
// sys.dm_exec_sessions and sys.dm_exec_requests read
// (https://learn.microsoft.com/sql/relational-databases/system-compatibility-views/sys-sysprocesses-transact-sql).
// Without VIEW SERVER STATE (msxd: not sysadmin) the caller sees its own row only. Figures msxd
// does not keep are 0 (kpid, cpu, physical_io, memusage) and the LOGIN7 fields it does not
// record (client process id, MAC address) are blank.
import { findServerPrincipal } from '../../store/index';
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import { readCatalog } from '../catalog/catalog-reader';
import type { Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import {
  blockerOf, commandOf, databaseIdOf, localDatetime, userIdOf, visibleSessions, waitResourceOf, waitTimeMs, waitTypeOf,
} from './session-facts';
import { col, type SystemView } from './system-view';

const SMALLINT = { kind: 'smallint' } as const;
const INT = { kind: 'int' } as const;
const BIGINT = { kind: 'bigint' } as const;
const DATETIME = { kind: 'datetime' } as const;
const nchar = (length: number): SqlType => ({ kind: 'nchar', length });
const binary = (length: number): SqlType => ({ kind: 'binary', length });

/** waittype binary(2) ("Reserved"): SQL Server 2000's code of LCK_M_X, zero when not waiting */
const WAITTYPE_LCK_M_X = Buffer.from([0x00, 0x05]);
const WAITTYPE_NONE = Buffer.alloc(2);

export const sysprocesses: SystemView = {
  name: 'sys.sysprocesses',
  columns: [
    col('spid', SMALLINT, false), col('kpid', SMALLINT, false), col('blocked', SMALLINT, false),
    col('waittype', binary(2), false), col('waittime', BIGINT, false), col('lastwaittype', nchar(32), false),
    col('waitresource', nchar(256), false), col('dbid', SMALLINT, false), col('uid', SMALLINT),
    col('cpu', INT, false), col('physical_io', BIGINT, false), col('memusage', INT, false),
    col('login_time', DATETIME, false), col('last_batch', DATETIME, false), col('ecid', SMALLINT, false),
    col('open_tran', SMALLINT, false), col('status', nchar(30), false), col('sid', binary(86), false),
    col('hostname', nchar(128), false), col('program_name', nchar(128), false), col('hostprocess', nchar(10), false),
    col('cmd', nchar(16), false), col('nt_domain', nchar(128), false), col('nt_username', nchar(128), false),
    col('net_address', nchar(12), false), col('net_library', nchar(12), false), col('loginame', nchar(128), false),
    col('context_info', binary(128), false), col('sql_handle', binary(20), false), col('stmt_start', INT, false),
    col('stmt_end', INT, false), col('request_id', INT, false), col('page_resource', binary(8)),
  ],
  rows(scope) {
    return visibleSessions(scope).map((s) => processRow(scope, s));
  },
};

/** sysprocesses.status: the caller's own row is runnable, as SQL Server shows it. */
function statusOf(scope: Scope, session: SessionState): string {
  if (session === scope.session) return 'runnable';
  return session.activity.request === undefined ? 'sleeping' : 'suspended';
}

function padded(text: string, length: number): string {
  return text.length >= length ? text.slice(0, length) : text.padEnd(length);
}

function binaryOf(bytes: Buffer, length: number): Buffer {
  const out = Buffer.alloc(length);
  bytes.copy(out, 0, 0, Math.min(length, bytes.length));
  return out;
}

function processRow(scope: Scope, session: SessionState): SqlValue[] {
  const login = session.login;
  const waitType = waitTypeOf(session);
  const sid = readCatalog(scope, (s) => findServerPrincipal(s, login.loginName)?.sid) ?? Buffer.alloc(0);
  return [
    session.originalLogin.spid, 0, blockerOf(scope, session) ?? 0,
    waitType === 'LCK_M_X' ? WAITTYPE_LCK_M_X : WAITTYPE_NONE, BigInt(waitTimeMs(scope, session)), padded(waitType ?? 'MISCELLANEOUS', 32),
    padded(waitResourceOf(scope, session), 256), databaseIdOf(scope, session) ?? 0, userIdOf(scope, session),
    0, 0n, 0,
    localDatetime(session.activity.loginTime), localDatetime(session.activity.lastBatch), 0,
    session.transactions.trancount, padded(statusOf(scope, session), 30), binaryOf(sid, 86),
    padded(login.hostName, 128), padded(login.programName, 128), padded('', 10),
    padded(commandOf(session), 16), padded('', 128), padded('', 128),
    padded('', 12), padded(login.netTransport === 'TCP' ? 'TCP/IP' : login.netTransport, 12), padded(login.loginName, 128),
    Buffer.alloc(128), Buffer.alloc(20), 0,
    0, 0, null,
  ];
}
