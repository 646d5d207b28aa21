// Where a schema object named in T-SQL lives: database, schema, name, and whether it is a local
// (#t: the session connection's SQLite `temp` schema) or global (##t: tempdb) temporary table.
import type { ObjectName } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { notSupportedExpression } from '../statements/not-supported';

export type TempKind = 'local' | 'global' | null;

export interface QualifiedName {
  readonly database: string;
  readonly schema: string;
  readonly name: string;
  readonly temp: TempKind;
}

export const DEFAULT_SCHEMA = 'dbo';

export function tempKind(name: string): TempKind {
  if (name.startsWith('##')) return 'global';
  if (name.startsWith('#')) return 'local';
  return null;
}

export function qualify(scope: Scope, n: ObjectName): QualifiedName {
  if (n.server) throw notSupportedExpression('four-part names (linked servers)');
  const temp = tempKind(n.name);
  // tempdb..#t and dbo.#t name the same session temp table.
  if (temp) return { database: 'tempdb', schema: DEFAULT_SCHEMA, name: n.name, temp };
  return { database: n.database ?? scope.session.database, schema: n.schema ?? DEFAULT_SCHEMA, name: n.name, temp };
}

/** 'dbo.t' as SQL Server prints object names in messages (two parts). */
export function displayName(q: QualifiedName): string {
  return q.temp ? q.name : `${q.schema}.${q.name}`;
}
