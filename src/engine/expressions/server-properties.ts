// SERVERPROPERTY and CONNECTIONPROPERTY: sql_variant values whose base types match SQL Server's,
// because .NET callers unbox them directly ((int)SERVERPROPERTY('EngineEdition'), SqlClient PR
// #2593). Unknown properties are NULL, as in SQL Server.
import { SERVER_COLLATION } from '../../types/collation';
import type { Typed } from '../../types/typed-value';
import { PRODUCT_VERSION } from '../../util/version';
import type { Scope } from '../interpreter/scope';
import { intVariant, nvarcharVariant, variant } from './variant';

type Property = (scope: Scope) => Typed;

const str = (f: (scope: Scope) => string | null): Property => (scope) => nvarcharVariant(f(scope));
const int = (n: number): Property => () => intVariant(n);

const SERVER_PROPERTIES: Readonly<Record<string, Property>> = {
  buildclrversion: str(() => 'v4.0.30319'),
  collation: str(() => SERVER_COLLATION.name),
  // SQL_Latin1_General_CP1_CI_AS's collation id and comparison style (ignore case/kana/width)
  collationid: int(872468488),
  comparisonstyle: int(196609),
  computernamephysicalnetbios: str((s) => s.engine.identity.machineName),
  edition: str((s) => s.engine.identity.edition),
  editionid: (s) => variant({ kind: 'bigint' }, s.engine.identity.engineEdition === 3 ? -2117995310n : 0n),
  engineedition: (s) => intVariant(s.engine.identity.engineEdition),
  filestreamconfiguredlevel: int(0),
  filestreameffectivelevel: int(0),
  instancename: () => nvarcharVariant(null),
  isadvancedanalyticsinstalled: int(0),
  isbigdatacluster: int(0),
  isclustered: int(0),
  isexternalauthenticationonly: int(0),
  isfulltextinstalled: int(0),
  ishadrenabled: int(0),
  isintegratedsecurityonly: int(0),
  islocaldb: int(0),
  ispolybaseinstalled: int(0),
  issingleuser: int(0),
  istempdbmetadatamemoryoptimized: int(0),
  isxtpsupported: int(0),
  lcid: int(SERVER_COLLATION.lcid),
  licensetype: str(() => 'DISABLED'),
  machinename: str((s) => s.engine.identity.machineName),
  processid: int(process.pid),
  productbuild: str(() => String(PRODUCT_VERSION.build)),
  productlevel: str((s) => s.engine.identity.productLevel),
  productmajorversion: str(() => String(PRODUCT_VERSION.major)),
  productminorversion: str(() => String(PRODUCT_VERSION.minor)),
  productupdatelevel: str(() => 'CU14'),
  productversion: str((s) => s.engine.identity.productVersion),
  resourceversion: str((s) => s.engine.identity.productVersion),
  servername: str((s) => s.engine.identity.serverName),
  sqlcharset: (): Typed => variant({ kind: 'tinyint' }, 1),
  sqlcharsetname: str(() => 'iso_1'),
  sqlsortorder: (): Typed => variant({ kind: 'tinyint' }, SERVER_COLLATION.sortId),
  sqlsortordername: str(() => 'nocase_iso'),
};

export function serverProperty(name: string | null, scope: Scope): Typed {
  if (name === null) return nvarcharVariant(null);
  const p = SERVER_PROPERTIES[name.trim().toLowerCase()];
  return p ? p(scope) : nvarcharVariant(null);
}

const CONNECTION_PROPERTIES: Readonly<Record<string, Property>> = {
  net_transport: str((s) => s.session.login.netTransport),
  physical_net_transport: str((s) => s.session.login.netTransport),
  protocol_type: str(() => 'TSQL'),
  auth_scheme: str(() => 'SQL'),
  local_net_address: (s) => variant({ kind: 'varchar', length: 48 }, s.session.login.localAddress || null),
  local_tcp_port: (s) => intVariant(s.session.login.localPort || null),
  client_net_address: (s) => variant({ kind: 'varchar', length: 48 }, s.session.login.clientAddress || null),
};

export function connectionProperty(name: string | null, scope: Scope): Typed {
  if (name === null) return nvarcharVariant(null);
  const p = CONNECTION_PROPERTIES[name.trim().toLowerCase()];
  return p ? p(scope) : nvarcharVariant(null);
}
