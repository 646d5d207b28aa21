// ALTER DATABASE: options that change nothing observable in msxd (recovery model, page verify,
// statistics, snapshot isolation flags, compatibility level, MULTI_USER, ANSI defaults ...) are
// accepted; options that would change behaviour (SINGLE_USER, OFFLINE, READ_ONLY, renames, another
// collation) are refused loudly.
import { sqlError } from '../../errors/catalog';
import type { AlterDatabaseStatement, OptionSetting } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { SERVER_COLLATION_NAME } from './create-database';
import { notSupportedExpression } from './not-supported';

const HARMLESS = new Set([
  'RECOVERY', 'PAGE_VERIFY', 'AUTO_CLOSE', 'AUTO_SHRINK', 'AUTO_CREATE_STATISTICS', 'AUTO_UPDATE_STATISTICS',
  'AUTO_UPDATE_STATISTICS_ASYNC', 'ALLOW_SNAPSHOT_ISOLATION', 'READ_COMMITTED_SNAPSHOT', 'COMPATIBILITY_LEVEL',
  'MULTI_USER', 'READ_WRITE', 'ONLINE', 'ANSI_NULL_DEFAULT', 'ANSI_NULLS', 'ANSI_PADDING', 'ANSI_WARNINGS',
  'ARITHABORT', 'CONCAT_NULL_YIELDS_NULL', 'QUOTED_IDENTIFIER', 'NUMERIC_ROUNDABORT', 'RECURSIVE_TRIGGERS',
  'CURSOR_CLOSE_ON_COMMIT', 'CURSOR_DEFAULT', 'TRUSTWORTHY', 'DB_CHAINING', 'PARAMETERIZATION', 'TARGET_RECOVERY_TIME',
  'DELAYED_DURABILITY', 'QUERY_STORE', 'ACCELERATED_DATABASE_RECOVERY', 'DATE_CORRELATION_OPTIMIZATION',
  'ENABLE_BROKER', 'DISABLE_BROKER', 'NEW_BROKER', 'HONOR_BROKER_PRIORITY', 'MIXED_PAGE_ALLOCATION',
]);

export function executeAlterDatabase(stmt: AlterDatabaseStatement, scope: Scope): void {
  if (scope.session.transactions.trancount > 0) throw sqlError(226, 'ALTER DATABASE');
  const name = stmt.name ?? scope.session.database;
  if (!scope.engine.store.databaseExists(name)) throw sqlError(911, name);
  const action = stmt.action;
  switch (action.kind) {
    case 'set':
      for (const o of action.options) checkOption(o);
      return;
    case 'collate':
      if (action.collation.toLowerCase() !== SERVER_COLLATION_NAME.toLowerCase()) throw notSupportedExpression(`COLLATE ${action.collation}`);
      return;
    case 'modifyName':
      throw notSupportedExpression('ALTER DATABASE MODIFY NAME');
    default: {
      const never: never = action;
      throw new Error(`unknown ALTER DATABASE action ${String(never)}`);
    }
  }
}

function checkOption(o: OptionSetting): void {
  if (!HARMLESS.has(o.name)) throw notSupportedExpression(`ALTER DATABASE SET ${o.name}`);
}
