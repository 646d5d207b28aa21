// The explicit list of built-in views, found by (schema, name) from any database.
import type { ObjectName } from '../../tsql/ast';
import { dmExecConnections, dmExecSessions } from './dm-exec-sessions';
import { dmOsHostInfo } from './dm-os-host-info';
import { dmServerServices } from './dm-server-services';
import type { SystemView } from './system-view';

/** every view computed in TypeScript: the catalogue lists them as system objects */
export const TYPESCRIPT_SYSTEM_VIEWS: readonly SystemView[] = [dmOsHostInfo, dmExecSessions, dmExecConnections, dmServerServices];

const VIEWS = new Map<string, SystemView>(TYPESCRIPT_SYSTEM_VIEWS.map((v) => [v.name, v]));

export function findSystemView(name: ObjectName): SystemView | undefined {
  if (name.server) return undefined;
  const schema = (name.schema ?? '').toLowerCase();
  if (schema !== 'sys') return undefined;
  return VIEWS.get(`sys.${name.name.toLowerCase()}`);
}

export type { SystemView, ViewColumn } from './system-view';
