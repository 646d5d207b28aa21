// sys.dm_exec_sessions and sys.dm_exec_connections: every session of the node for sysadmins,
// the caller's own session for others (SQL Server without VIEW SERVER STATE).
import { isOn } from '../session/set-options';
import { databaseIdOf, ISOLATION_CODES, mostRecentSqlHandle, visibleSessions } from './session-facts';
import { col, nv, type SystemView } from './system-view';

const SMALLINT = { kind: 'smallint' } as const;
const INT = { kind: 'int' } as const;
const BIT = { kind: 'bit' } as const;

export const dmExecSessions: SystemView = {
  name: 'sys.dm_exec_sessions',
  columns: [
    col('session_id', SMALLINT, false), col('host_name', nv(128)), col('program_name', nv(128)),
    col('client_interface_name', nv(32)), col('login_name', nv(128), false), col('nt_domain', nv(128)),
    col('nt_user_name', nv(128)), col('status', nv(30), false), col('database_id', SMALLINT),
    col('text_size', INT), col('language', nv(128)), col('date_format', nv(3)), col('date_first', SMALLINT),
    col('quoted_identifier', BIT), col('arithabort', BIT), col('ansi_null_dflt_on', BIT), col('ansi_defaults', BIT),
    col('ansi_warnings', BIT), col('ansi_padding', BIT), col('ansi_nulls', BIT), col('concat_null_yields_null', BIT),
    col('transaction_isolation_level', SMALLINT), col('lock_timeout', INT), col('deadlock_priority', INT),
    col('is_user_process', BIT, false), col('original_login_name', nv(128), false), col('open_transaction_count', INT),
  ],
  rows(scope) {
    return visibleSessions(scope).map((session) => {
      const o = session.options;
      const login = session.login;
      return [
        login.spid, login.hostName, login.programName, login.clientInterfaceName, login.loginName, null, null,
        session.activity.request !== undefined ? 'running' : 'sleeping', databaseIdOf(scope, session),
        o.textSize, o.language, o.dateFormat, o.dateFirst,
        isOn(o, 'QUOTED_IDENTIFIER'), isOn(o, 'ARITHABORT'), isOn(o, 'ANSI_NULL_DFLT_ON'), o.flags.has('ANSI_DEFAULTS'),
        isOn(o, 'ANSI_WARNINGS'), isOn(o, 'ANSI_PADDING'), isOn(o, 'ANSI_NULLS'), isOn(o, 'CONCAT_NULL_YIELDS_NULL'),
        ISOLATION_CODES[o.isolationLevel], o.lockTimeout, o.deadlockPriority, true, login.loginName,
        session.transactions.trancount,
      ];
    });
  },
};

export const dmExecConnections: SystemView = {
  name: 'sys.dm_exec_connections',
  columns: [
    col('session_id', INT), col('net_transport', nv(40), false), col('protocol_type', nv(40)),
    col('protocol_version', INT), col('encrypt_option', nv(40), false), col('auth_scheme', nv(40), false),
    col('client_net_address', { kind: 'varchar', length: 48 }), col('client_tcp_port', INT),
    col('local_net_address', { kind: 'varchar', length: 48 }), col('local_tcp_port', INT), col('net_packet_size', INT),
    col('most_recent_sql_handle', { kind: 'varbinary', length: 64 }),
  ],
  rows(scope) {
    return visibleSessions(scope).map((s) => {
      const l = s.login;
      return [
        l.spid, l.netTransport, 'TSQL', l.tdsVersion | 0, l.encrypted ? 'TRUE' : 'FALSE', 'SQL',
        l.clientAddress, l.clientPort, l.localAddress, l.localPort, l.packetSize, mostRecentSqlHandle(s),
      ];
    });
  },
};
