// sys.servers: the local server only (server_id 0, as SQL Server lists it after setup); msxd has
// no linked servers. Values are what SQL Server shows for its local row: provider SQLNCLI,
// data_source the server's name, RPC in and out enabled, "use remote collation" set.
// https://learn.microsoft.com/sql/relational-databases/system-catalog-views/sys-servers-transact-sql
import { fromJsDate } from '../../types/dates';
import { col, nv, type SystemView } from './system-view';

const INT = { kind: 'int' } as const;
const BIT = { kind: 'bit' } as const;
const SYSNAME = nv(128);

/** the local row's modify_date: SQL Server's setup date; msxd uses SQL Server 2022's RTM date, as for its system objects */
const LOCAL_MODIFY_DATE = fromJsDate(new Date(Date.UTC(2022, 9, 8)));

/** [name, type, nullable, the local server's value ('name' = @@SERVERNAME)] */
const COLUMNS = [
  ['server_id', INT, false, 0], ['name', SYSNAME, false, 'name'], ['product', SYSNAME, false, 'SQL Server'],
  ['provider', SYSNAME, false, 'SQLNCLI'], ['data_source', nv(4000), true, 'name'], ['location', nv(4000), true, null],
  ['provider_string', nv(4000), true, null], ['catalog', SYSNAME, true, null], ['connect_timeout', INT, true, 0],
  ['query_timeout', INT, true, 0], ['is_linked', BIT, false, false], ['is_remote_login_enabled', BIT, false, true],
  ['is_rpc_out_enabled', BIT, false, true], ['is_data_access_enabled', BIT, false, false],
  ['is_collation_compatible', BIT, false, false], ['uses_remote_collation', BIT, false, true],
  ['collation_name', SYSNAME, true, null], ['lazy_schema_validation', BIT, false, false], ['is_system', BIT, false, false],
  ['is_publisher', BIT, false, false], ['is_subscriber', BIT, true, false], ['is_distributor', BIT, true, false],
  ['is_nonsql_subscriber', BIT, true, false], ['is_remote_proc_transaction_promotion_enabled', BIT, true, true],
  ['modify_date', { kind: 'datetime' }, false, 'date'], ['is_rda_server', BIT, true, false],
] as const;

export const sysServers: SystemView = {
  name: 'sys.servers',
  columns: COLUMNS.map(([name, type, nullable]) => col(name, type, nullable)),
  rows(scope) {
    const serverName = scope.engine.identity.serverName;
    return [COLUMNS.map(([, , , v]) => (v === 'name' ? serverName : v === 'date' ? LOCAL_MODIFY_DATE : v))];
  },
};
