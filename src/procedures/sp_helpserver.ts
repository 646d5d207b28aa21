// sp_helpserver [[@server =] 'server'] [, [@optname =] 'option'] [, [@show_topology =] 't']: the
// servers of sys.servers (msxd: the local server only). status lists the server's options in
// SQL Server's order ('rpc,rpc out,use remote collation' for the local server); 15015 for an
// unknown name. @optname and @show_topology are accepted and change nothing (no linked servers).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpserver-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';

/** sys.servers flag -> the option word sp_helpserver shows, in its order */
const STATUS_WORDS = [
  ['is_remote_login_enabled', 'rpc'], ['is_publisher', 'pub'], ['is_subscriber', 'sub'], ['is_distributor', 'dist'],
  ['is_rpc_out_enabled', 'rpc out'], ['is_data_access_enabled', 'data access'],
  ['is_collation_compatible', 'collation compatible'], ['is_system', 'system'],
  ['uses_remote_collation', 'use remote collation'], ['lazy_schema_validation', 'lazy schema validation'],
] as const;

const STATUS_SQL = `STUFF(${STATUS_WORDS.map(([flag, word]) => `CASE WHEN ${flag} = 1 THEN ',${word}' ELSE '' END`).join(' + ')}, 1, 1, '')`;

export const spHelpServer: ProcedureDefinition = {
  name: 'sp_helpserver',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@server', type: { kind: 'nvarchar', length: 128 }, default: null },
    { name: '@optname', type: { kind: 'varchar', length: 35 }, default: null },
    { name: '@show_topology', type: { kind: 'varchar', length: 1 }, default: null },
  ],
  async run(ctx, args) {
    const server = text(args.value('@server'));
    const where = server === undefined ? '' : `WHERE name = ${nstr(server)}`;
    const select = `SELECT CAST(name AS nvarchar(128)) AS name, CAST(data_source AS nvarchar(128)) AS network_name,
    CAST(coalesce(${STATUS_SQL}, '') AS varchar(70)) AS status, CAST(server_id AS char(4)) AS id,
    CAST(collation_name AS nvarchar(128)) AS collation_name, connect_timeout, query_timeout
  FROM sys.servers ${where} ORDER BY name`;
    if (server === undefined) {
      await ctx.executeSql(select);
      return;
    }
    await ctx.executeSql(`IF NOT EXISTS (SELECT 1 FROM sys.servers ${where}) RAISERROR(15015, 16, 1, ${nstr(server)}); ELSE ${select}`);
  },
};
