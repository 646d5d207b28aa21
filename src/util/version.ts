// The one product version msxd reports everywhere: PRELOGIN VERSION, LOGINACK ProgVersion,
// @@VERSION, @@MICROSOFTVERSION and SERVERPROPERTY('ProductVersion'). Tools (SMO) choose their
// queries by the major version, so it must be consistent. 16 = SQL Server 2022.
export const PRODUCT_VERSION = { major: 16, minor: 0, build: 4135, revision: 4 } as const;

export const PRODUCT_VERSION_STRING =
  `${PRODUCT_VERSION.major}.${PRODUCT_VERSION.minor}.${PRODUCT_VERSION.build}.${PRODUCT_VERSION.revision}`;

/** @@MICROSOFTVERSION: major << 24 | minor << 16 | build */
export const MICROSOFT_VERSION =
  PRODUCT_VERSION.major * 0x1000000 + PRODUCT_VERSION.minor * 0x10000 + PRODUCT_VERSION.build;
