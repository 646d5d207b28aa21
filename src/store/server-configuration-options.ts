// SQL Server 2022's server configuration options, as sys.configurations lists them: the
// configuration_id, the name (exact spelling and case), the range, the default of a new instance,
// is_dynamic (RECONFIGURE installs it; otherwise only a restart does), is_advanced (shown and
// settable only while 'show advanced options' runs at 1) and the description column's text.
// Sources: "Server configuration options (SQL Server)" and "sys.configurations (Transact-SQL)",
// checked against published SELECT * FROM sys.configurations output of SQL Server 2019-2022.
// Left out: the Synapse-only 'Data processed ... limit in TB' rows, Managed Instance's
// 'suppress recovery model errors', and 'version high/low part of SQL Server' (model's build).
//
// A constant table, not data: the node seeds master's __msxd_configurations from it at every
// start (new options get their default; names, ranges and descriptions are refreshed), so an
// option added here appears in an existing data folder at its next start.

export interface ConfigurationOption {
  readonly id: number;
  readonly name: string;
  readonly minimum: number;
  readonly maximum: number;
  readonly defaultValue: number;
  readonly dynamic: boolean;
  readonly advanced: boolean;
  readonly description: string;
}

type Row = readonly [id: number, name: string, minimum: number, maximum: number, defaultValue: number,
  dynamic: 0 | 1, advanced: 0 | 1, description: string];

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

const ROWS = [
  [101, 'recovery interval (min)', 0, 32767, 0, 1, 1, 'Maximum recovery interval in minutes'],
  [102, 'allow updates', 0, 1, 0, 1, 0, 'Allow updates to system tables'],
  [103, 'user connections', 0, 32767, 0, 0, 1, 'Number of user connections allowed'],
  [106, 'locks', 5000, INT_MAX, 0, 0, 1, 'Number of locks for all users'],
  [107, 'open objects', 0, INT_MAX, 0, 0, 1, 'Number of open database objects'],
  [109, 'fill factor (%)', 0, 100, 0, 0, 1, 'Default fill factor percentage'],
  [114, 'disallow results from triggers', 0, 1, 0, 1, 1, 'Disallow returning results from triggers'],
  [115, 'nested triggers', 0, 1, 1, 1, 0, 'Allow triggers to be invoked within triggers'],
  [116, 'server trigger recursion', 0, 1, 1, 1, 0, 'Allow recursion for server level triggers'],
  [117, 'remote access', 0, 1, 1, 0, 0, 'Allow remote access'],
  [124, 'default language', 0, 9999, 0, 1, 0, 'default language'],
  [400, 'cross db ownership chaining', 0, 1, 0, 1, 0, 'Allow cross db ownership chaining'],
  [503, 'max worker threads', 128, 65535, 0, 1, 1, 'Maximum worker threads'],
  [505, 'network packet size (B)', 512, 32767, 4096, 1, 1, 'Network packet size'],
  [518, 'show advanced options', 0, 1, 0, 1, 0, 'show advanced options'],
  [542, 'remote proc trans', 0, 1, 0, 1, 0, 'Create DTC transaction for remote procedures'],
  [544, 'c2 audit mode', 0, 1, 0, 0, 1, 'c2 audit mode'],
  [1126, 'default full-text language', 0, INT_MAX, 1033, 1, 1, 'default full-text language'],
  [1127, 'two digit year cutoff', 1753, 9999, 2049, 1, 1, 'two digit year cutoff'],
  [1505, 'index create memory (KB)', 704, INT_MAX, 0, 1, 1, 'Memory for index create sorts (kBytes)'],
  [1517, 'priority boost', 0, 1, 0, 0, 1, 'Priority boost'],
  [1519, 'remote login timeout (s)', 0, INT_MAX, 10, 1, 0, 'remote login timeout'],
  [1520, 'remote query timeout (s)', 0, INT_MAX, 600, 1, 0, 'remote query timeout'],
  [1531, 'cursor threshold', -1, INT_MAX, -1, 1, 1, 'cursor threshold'],
  [1532, 'set working set size', 0, 1, 0, 0, 1, 'set working set size'],
  [1534, 'user options', 0, 32767, 0, 1, 0, 'user options'],
  [1535, 'affinity mask', INT_MIN, INT_MAX, 0, 1, 1, 'affinity mask'],
  [1536, 'max text repl size (B)', -1, INT_MAX, 65536, 1, 0, 'Maximum size of a text field in replication.'],
  [1537, 'media retention', 0, 365, 0, 1, 1, 'Tape retention period in days'],
  [1538, 'cost threshold for parallelism', 0, 32767, 5, 1, 1, 'cost threshold for parallelism'],
  [1539, 'max degree of parallelism', 0, 32767, 0, 1, 1, 'maximum degree of parallelism'],
  [1540, 'min memory per query (KB)', 512, INT_MAX, 1024, 1, 1, 'minimum memory per query (kBytes)'],
  [1541, 'query wait (s)', -1, INT_MAX, -1, 1, 1, 'maximum time to wait for query memory (s)'],
  [1543, 'min server memory (MB)', 0, INT_MAX, 0, 1, 1, 'Minimum size of server memory (MB)'],
  [1544, 'max server memory (MB)', 128, INT_MAX, INT_MAX, 1, 1, 'Maximum size of server memory (MB)'],
  [1545, 'query governor cost limit', 0, INT_MAX, 0, 1, 1, 'Maximum estimated cost allowed by query governor'],
  [1546, 'lightweight pooling', 0, 1, 0, 0, 1, 'User mode scheduler uses lightweight pooling'],
  [1547, 'scan for startup procs', 0, 1, 0, 0, 1, 'scan for startup stored procedures'],
  [1549, 'affinity64 mask', INT_MIN, INT_MAX, 0, 1, 1, 'affinity64 mask'],
  [1550, 'affinity I/O mask', INT_MIN, INT_MAX, 0, 0, 1, 'affinity I/O mask'],
  [1551, 'affinity64 I/O mask', INT_MIN, INT_MAX, 0, 0, 1, 'affinity64 I/O mask'],
  [1555, 'transform noise words', 0, 1, 0, 1, 1, 'Transform noise words for full-text query'],
  [1556, 'precompute rank', 0, 1, 0, 1, 1, 'Use precomputed rank for full-text query'],
  [1557, 'PH timeout (s)', 1, 3600, 60, 1, 1, 'DB connection timeout for full-text protocol handler (s)'],
  [1562, 'clr enabled', 0, 1, 0, 1, 0, 'CLR user code execution enabled in the server'],
  [1563, 'max full-text crawl range', 0, 256, 4, 1, 1, 'Maximum  crawl ranges allowed in full-text indexing'],
  [1564, 'ft notify bandwidth (min)', 0, 32767, 0, 1, 1, 'Number of reserved full-text notifications buffers'],
  [1565, 'ft notify bandwidth (max)', 0, 32767, 100, 1, 1, 'Max number of full-text notifications buffers'],
  [1566, 'ft crawl bandwidth (min)', 0, 32767, 0, 1, 1, 'Number of reserved full-text crawl buffers'],
  [1567, 'ft crawl bandwidth (max)', 0, 32767, 100, 1, 1, 'Max number of full-text crawl buffers'],
  [1568, 'default trace enabled', 0, 1, 1, 1, 1, 'Enable or disable the default trace'],
  [1569, 'blocked process threshold (s)', 0, 86400, 0, 1, 1, 'Blocked process reporting threshold'],
  [1570, 'in-doubt xact resolution', 0, 2, 0, 1, 1, 'Recovery policy for DTC transactions with unknown outcome'],
  [1576, 'remote admin connections', 0, 1, 0, 1, 0, 'Dedicated Admin Connections are allowed from remote clients'],
  [1577, 'common criteria compliance enabled', 0, 1, 0, 0, 1, 'Common Criteria compliance mode enabled'],
  [1578, 'EKM provider enabled', 0, 1, 0, 1, 1, 'Enable or disable EKM provider'],
  [1579, 'backup compression default', 0, 1, 0, 1, 0, 'Enable compression of backups by default'],
  [1580, 'filestream access level', 0, 2, 0, 1, 0, 'Sets the FILESTREAM access level'],
  [1581, 'optimize for ad hoc workloads', 0, 1, 0, 1, 1,
    'When this option is set, plan cache size is further reduced for single-use adhoc OLTP workload.'],
  [1582, 'access check cache bucket count', 0, 65536, 0, 1, 1, 'Default hash bucket count for the access check result security cache'],
  [1583, 'access check cache quota', 0, INT_MAX, 0, 1, 1, 'Default quota for the access check result security cache'],
  [1584, 'backup checksum default', 0, 1, 0, 1, 0, 'Enable checksum of backups by default'],
  [1585, 'automatic soft-NUMA disabled', 0, 1, 0, 0, 1, 'Automatic soft-NUMA is enabled by default'],
  [1586, 'external scripts enabled', 0, 1, 0, 1, 0, 'Allows execution of external scripts'],
  [1587, 'clr strict security', 0, 1, 1, 1, 1, 'CLR strict security enabled in the server'],
  [1588, 'column encryption enclave type', 0, 2, 0, 0, 0, 'Type of enclave used for computations on encrypted columns'],
  [1589, 'tempdb metadata memory-optimized', 0, 1, 0, 0, 1, 'Tempdb metadata memory-optimized is disabled by default.'],
  [1591, 'ADR cleaner retry timeout (min)', 0, 32767, 15, 1, 1, 'ADR cleaner retry timeout.'],
  [1592, 'ADR Preallocation Factor', 0, 32767, 4, 1, 1, 'ADR Preallocation Factor.'],
  [1598, 'ADR Cleaner Thread Count', 1, 32767, 1, 1, 1, 'Max number of threads ADR cleaner can assign.'],
  [1599, 'hardware offload enabled', 0, 1, 0, 0, 1, 'Enable hardware offloading on the server'],
  [1600, 'hardware offload config', 0, 255, 0, 0, 1, 'Configure hardware offload accelerator'],
  [1601, 'hardware offload mode', 0, 255, 0, 0, 1, 'Configure hardware offload accelerator mode'],
  [1602, 'backup compression algorithm', 0, 2, 0, 1, 0, 'Configure default backup compression algorithm'],
  [16384, 'Agent XPs', 0, 1, 0, 1, 1, 'Enable or disable Agent XPs'],
  [16386, 'Database Mail XPs', 0, 1, 0, 1, 1, 'Enable or disable Database Mail XPs'],
  [16387, 'SMO and DMO XPs', 0, 1, 1, 1, 1, 'Enable or disable SMO and DMO XPs'],
  [16388, 'Ole Automation Procedures', 0, 1, 0, 1, 1, 'Enable or disable Ole Automation Procedures'],
  [16390, 'xp_cmdshell', 0, 1, 0, 1, 1, 'Enable or disable command shell'],
  [16391, 'Ad Hoc Distributed Queries', 0, 1, 0, 1, 1, 'Enable or disable Ad Hoc Distributed Queries'],
  [16392, 'Replication XPs', 0, 1, 0, 1, 1, 'Enable or disable Replication XPs'],
  [16393, 'contained database authentication', 0, 1, 0, 1, 0, 'Enables contained databases and contained authentication'],
  [16394, 'hadoop connectivity', 0, 8, 0, 1, 0,
    'Configure SQL Server to connect to external Hadoop or Microsoft Azure storage blob data sources through PolyBase'],
  [16395, 'polybase network encryption', 0, 1, 1, 1, 0, 'Configure SQL Server to encrypt control and data channels when using PolyBase'],
  [16396, 'remote data archive', 0, 1, 0, 1, 0, 'Allow the use of the REMOTE_DATA_ARCHIVE data access for databases'],
  [16397, 'allow polybase export', 0, 1, 0, 1, 0, 'Allows writing into an external table using PolyBase'],
  [16398, 'allow filesystem enumeration', 0, 1, 1, 1, 1, 'Allow enumeration of filesystem'],
  [16399, 'polybase enabled', 0, 1, 0, 1, 0, 'Configure SQL Server to connect to external data sources through PolyBase'],
  [16401, 'openrowset auto_create_statistics', 0, 1, 1, 1, 1, 'Enable or disable auto create statistics for openrowset sources.'],
] as const satisfies readonly Row[];

export const CONFIGURATION_OPTIONS: readonly ConfigurationOption[] = ROWS.map(
  ([id, name, minimum, maximum, defaultValue, dynamic, advanced, description]) => ({
    id, name, minimum, maximum, defaultValue, dynamic: dynamic === 1, advanced: advanced === 1, description,
  }),
);

/** The options the node itself reads or writes (by id: names are matched by sp_configure). */
export const CONFIGURATION_IDS = {
  recoveryInterval: 101,
  allowUpdates: 102,
  showAdvancedOptions: 518,
  minServerMemory: 1543,
  maxServerMemory: 1544,
  agentXps: 16384,
} as const;
