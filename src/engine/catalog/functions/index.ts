// The metadata functions (catalogue- and principal-dependent built-ins). session-functions.ts asks
// here first; undefined (no such function, or a session without a store connection) lets its
// older implementations answer.
import type { FunctionCall } from '../../../tsql/ast';
import type { Typed } from '../../../types/typed-value';
import type { EvalContext } from '../../expressions/eval-context';
import type { MetadataFunction } from './arguments';
import { DATABASEPROPERTYEX, HAS_DBACCESS, SCHEMA_ID, SCHEMA_NAME, TYPE_ID, TYPE_NAME } from './database-functions';
import {
  COL_LENGTH, COL_NAME, COLUMNPROPERTY, OBJECT_DEFINITION, OBJECT_ID, OBJECT_NAME, OBJECT_SCHEMA_NAME, OBJECTPROPERTY,
} from './object-functions';
import { FILE_ID, FILE_NAME, FILEGROUP_ID, FILEGROUP_NAME, FILEPROPERTY } from './file-functions';
import { IDENT_CURRENT, IDENT_INCR, IDENT_SEED } from './identity-functions';
import { HAS_PERMS_BY_NAME } from './permission-functions';
import {
  IS_MEMBER, IS_ROLEMEMBER, IS_SRVROLEMEMBER, SUSER_ID, SUSER_NAME, SUSER_SID, SUSER_SNAME, USER_ID, USER_NAME,
} from './principal-functions';

const FUNCTIONS: Readonly<Record<string, MetadataFunction>> = {
  OBJECT_ID, OBJECT_NAME, OBJECT_SCHEMA_NAME, OBJECT_DEFINITION, OBJECTPROPERTY, COL_LENGTH, COL_NAME, COLUMNPROPERTY,
  SCHEMA_NAME, SCHEMA_ID, TYPE_NAME, TYPE_ID, DATABASEPROPERTYEX, HAS_DBACCESS, HAS_PERMS_BY_NAME,
  IDENT_SEED, IDENT_INCR, IDENT_CURRENT, USER_ID, USER_NAME, SUSER_ID, SUSER_SID, SUSER_SNAME, SUSER_NAME, IS_MEMBER, IS_ROLEMEMBER, IS_SRVROLEMEMBER,
  FILE_ID, FILE_NAME, FILEGROUP_ID, FILEGROUP_NAME, FILEPROPERTY,
};

/** Names the SQL translator must treat as session-dependent (evaluated by the interpreter). */
export const METADATA_FUNCTION_NAMES: ReadonlySet<string> = new Set(Object.keys(FUNCTIONS));

/** TYPE_NAME and TYPE_ID need no catalogue; the others answer only with a store connection. */
const WITHOUT_STORE = new Set(['TYPE_NAME', 'TYPE_ID', 'DATABASEPROPERTYEX']);

export function metadataFunction(name: string, call: FunctionCall, ctx: EvalContext): Typed | undefined {
  const f = FUNCTIONS[name];
  if (!f) return undefined;
  if (!ctx.scope.session.storage && !WITHOUT_STORE.has(name)) return undefined;
  return f(call, ctx);
}

/** CURRENT_USER / USER_NAME(): the database user the session is, when there is a catalogue. */
export { currentUserName } from './current-user';
