// T-SQL syntax tree: names and types. Conventions are in ../ast.ts.
import type { SqlType } from '../../types/sql-type';

/** One- to four-part object name: [server.][database.][schema.]name; `db..t` leaves schema out. */
export interface ObjectName {
  readonly server?: string;
  readonly database?: string;
  readonly schema?: string;
  readonly name: string;
}

/** A type name the parser does not map to a SqlType (alias/user types, hierarchyid, geometry...). */
export interface UserTypeRef {
  readonly kind: 'userType';
  readonly name: ObjectName;
  /** parenthesised arguments if any were written */
  readonly args: readonly (number | 'max')[];
}

export type TypeRef = SqlType | UserTypeRef;
