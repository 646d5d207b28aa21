// @@VERSION. Tools parse its first line ("Microsoft SQL Server 2022 ...") to pick behaviour, so
// it keeps SQL Server's shape, but the text says plainly that this is msxd.
import { PRODUCT_VERSION_STRING } from '../util/version';
import type { ServerIdentity } from './api';

// 16.0.4135.4 is SQL Server 2022 CU14's build number.
const PRODUCT_UPDATE_LEVEL = 'RTM-CU14';

export function versionString(identity: ServerIdentity, platform: string): string {
  return `Microsoft SQL Server 2022 (${PRODUCT_UPDATE_LEVEL}) (msxd) - ${PRODUCT_VERSION_STRING} (X64) \n` +
    '\tmsxd: an open implementation of the SQL Server TDS protocol and T-SQL subset; not Microsoft SQL Server\n' +
    '\tCopyright (C) msxd contributors, MIT License\n' +
    `\t${identity.edition} on ${platform} <X64>`;
}

/** 'Linux' / 'Windows' / ..., as the last line of @@VERSION and host_platform show it. */
export function hostPlatform(nodePlatform: string): string {
  if (nodePlatform === 'win32') return 'Windows';
  if (nodePlatform === 'linux') return 'Linux';
  if (nodePlatform === 'darwin') return 'macOS';
  return nodePlatform;
}
