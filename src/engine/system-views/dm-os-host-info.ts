// sys.dm_os_host_info (SQL Server 2017+): one row describing the host operating system. SSMS reads
// host_platform right after connecting to a version 14+ server.
import { col, nv, type SystemView } from './system-view';

export const dmOsHostInfo: SystemView = {
  name: 'sys.dm_os_host_info',
  columns: [
    col('host_platform', nv(256), false),
    col('host_distribution', nv(256)),
    col('host_release', nv(256)),
    col('host_service_pack_level', nv(256)),
    col('host_sku', { kind: 'int' }),
    col('os_language_version', { kind: 'int' }, false),
    col('host_architecture', nv(256)),
  ],
  rows(scope) {
    return [[scope.engine.platform, scope.engine.platform, '', '', null, 1033, 'X64']];
  },
};
