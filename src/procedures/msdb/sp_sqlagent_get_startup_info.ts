// sp_sqlagent_get_startup_info: what SQL Server Agent reads first when it starts (msdb state,
// server name, instance). tbu is 0 (the agent does not read it).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';

export const spSqlagentGetStartupInfo: ProcedureDefinition = {
  name: 'sp_sqlagent_get_startup_info',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [],
  async run(ctx) {
    await execSql(ctx, `SELECT CONVERT(int, 0) AS msdb_read_only, CONVERT(int, 1) AS msdb_available,
  CONVERT(int, CASE WHEN N'a' = N'A' THEN 0 ELSE 1 END) AS case_sensitive_server,
  CONVERT(int, 0) AS max_user_connection,
  CONVERT(sysname, SERVERPROPERTY('ServerName')) AS sql_server_name,
  CONVERT(int, 0) AS tbu, CONVERT(int, 0) AS platform,
  CONVERT(sysname, ISNULL(CONVERT(sysname, SERVERPROPERTY('InstanceName')), N'MSSQLSERVER')) AS instance_name,
  CONVERT(int, ISNULL(SERVERPROPERTY('IsClustered'), 0)) AS is_clustered,
  CONVERT(int, 1) AS agent_allowed;`);
  },
};
