// RESTORE DATABASE ("RESTORE Statements (Transact-SQL)"): the chosen backup set's image (FILE = n,
// 1 by default) replaces the database's file, or becomes a new database under the name given.
// The store swaps the file only while no session uses the database (3101); the node's caches of
// catalogue reads are invalidated as after DDL. Failures are followed by 3013.
import { promises as fsp } from 'node:fs';
import { sqlError } from '../../errors/catalog';
import type { RestoreStatement } from '../../tsql/ast';
import { lockWait } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';
import { invalidateTranslations } from '../sql/translation-cache';
import { notSupportedExpression, notSupportedStatement } from '../statements/not-supported';
import { devicePath, nameOf, restoreSettings } from './backup-options';
import { checkRestorePermission } from './backup-permission';
import { recordRestore } from './backup-history';
import { readMediaSets, readSetImage, type MediaSet } from './media-file';
import { sendCompletion } from './progress';
import { executeRestoreInfo } from './restore-info';
import { executeRestoreLabelOnly } from './restore-labelonly';
import { withTermination } from './termination';

export function executeRestore(stmt: RestoreStatement, scope: Scope): Promise<void> {
  switch (stmt.action) {
    case 'DATABASE': return withTermination('RESTORE DATABASE', () => restore(stmt, scope));
    case 'LOG': throw notSupportedStatement('RESTORE LOG');
    case 'LABELONLY': return withTermination('RESTORE LABELONLY', () => executeRestoreLabelOnly(stmt, scope));
    case 'HEADERONLY':
    case 'FILELISTONLY':
    case 'VERIFYONLY': return withTermination(`RESTORE ${stmt.action}`, () => executeRestoreInfo(stmt, scope));
    default: {
      const never: never = stmt.action;
      throw new Error(`restore action ${String(never)}`);
    }
  }
}

async function restore(stmt: RestoreStatement, scope: Scope): Promise<void> {
  if (scope.session.transactions.trancount > 0) throw sqlError(3021);
  if (!stmt.database) throw new Error('RESTORE DATABASE without a database');
  const name = nameOf(stmt.database, scope, stmt.line);
  const store = scope.engine.store;
  const existing = store.getDatabase(name);
  checkSystemDatabase(existing?.name ?? name);
  checkRestorePermission(scope, name, existing !== undefined);
  if (existing && scope.session.database.toLowerCase() === existing.name.toLowerCase()) throw sqlError(3102, 'RESTORE', existing.name);
  const settings = restoreSettings(stmt.options, scope, stmt.line);
  const path = devicePath(stmt.devices, scope, stmt.line);
  const set = await chooseSet(path, settings.file);
  if (existing && !settings.replace && existing.name.toLowerCase() !== set.header.databaseName.toLowerCase()) {
    throw sqlError(3154, existing.name);
  }
  const image = await readSetImage(path, set);
  const startedAt = Date.now();
  const info = await store.restoreDatabase(name, (staging) => fsp.writeFile(staging, image, { mode: 0o600 }), lockWait(scope));
  invalidateTranslations();
  await recordRestore(scope, { header: set.header, device: path, storedBytes: set.storedLength, physicalName: info.file }, info.name, settings.replace);
  sendCompletion(scope, stmt.line, 'RESTORE DATABASE', {
    pages: set.header.pageCount, bytes: set.header.imageBytes, database: info.name, logicalName: set.header.databaseName,
    position: set.header.position, elapsedMs: Date.now() - startedAt, stats: settings.stats,
  });
}

/**
 * master needs single-user mode (3108), which a node never runs in; tempdb is never backed up
 * (3147); model and msdb would need the Agent and every session stopped: not supported.
 */
function checkSystemDatabase(name: string): void {
  switch (name.toLowerCase()) {
    case 'master': throw sqlError(3108);
    case 'tempdb': throw sqlError(3147);
    case 'model':
    case 'msdb': throw notSupportedExpression(`RESTORE DATABASE ${name}`);
    default:
  }
}

/** The set at position `file` (4038 when there is none; 3241 for a file that is not ours). */
export async function chooseSet(path: string, file: number): Promise<MediaSet> {
  const sets = await readMediaSets(path);
  if (sets.length === 0) throw sqlError(3241, path);
  const set = sets.find((s) => s.header.position === file);
  if (!set) throw sqlError(4038, file, path);
  return set;
}
