// RESTORE's side of the store: an image written to a staging file of the data folder becomes a
// database. It replaces the file of an existing user database only while no session uses it
// (checked before the image is written, and again synchronously with the swap, so that no session
// attaches the old file in between), or becomes a new database with the next id. Durable when the
// promise resolves: file and folder flushed, master row committed.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { sqlError, sqlErrorWithState } from '../errors/catalog';
import type { DatabaseInfo } from './api';
import { flushFolder, installStagedImage, prepareStagedImage } from './database-image';
import { insertDatabase } from './database-rows';
import { removeDatabaseFiles } from './data-folder';
import type { MasterAccess } from './master-access';
import { FIRST_USER_DATABASE_ID, SA_SID, USER_DATABASE_FOLDER } from './server-schema';

/** What the node store lends a restore. */
export interface RestoreHost {
  readonly dataDir: string;
  getDatabase(name: string): DatabaseInfo | undefined;
  /** a new database's id, kept from other creations until releaseDatabaseId */
  reserveDatabaseId(): number;
  releaseDatabaseId(id: number): void;
  /** detaches the database from every session and idle connection; 3101 when one uses it */
  takeExclusive(info: DatabaseInfo): void;
  /** a master transaction; its commit counts as a catalogue commit (every node cache starts afresh) */
  changeMaster<T>(fn: (m: MasterAccess) => T): Promise<T>;
}

export async function restoreDatabaseFile(host: RestoreHost, name: string, writeImage: (path: string) => Promise<void>): Promise<DatabaseInfo> {
  const existing = host.getDatabase(name);
  if (existing && existing.databaseId < FIRST_USER_DATABASE_ID) throw sqlError(3708, 'drop', 'database', existing.name, 'database');
  if (existing) host.takeExclusive(existing);
  const staged = join(host.dataDir, USER_DATABASE_FOLDER, `restore-${randomUUID()}.sqlite`);
  try {
    await writeImage(staged);
    await prepareStagedImage(staged);
    const info = existing ? await replaceFile(host, name, staged) : await addDatabase(host, name, staged);
    await flushFolder(info.file);
    return info;
  } finally {
    removeDatabaseFiles(staged);
  }
}

async function replaceFile(host: RestoreHost, name: string, staged: string): Promise<DatabaseInfo> {
  const info = host.getDatabase(name);
  if (!info) throw sqlError(911, name);
  host.takeExclusive(info);
  installStagedImage(staged, info.file);
  // no row changes; the commit tells every cache of catalogue reads that the database changed
  await host.changeMaster(() => undefined);
  return info;
}

async function addDatabase(host: RestoreHost, name: string, staged: string): Promise<DatabaseInfo> {
  if (host.getDatabase(name)) throw sqlErrorWithState(1801, 3, name);
  const id = host.reserveDatabaseId();
  const relative = join(USER_DATABASE_FOLDER, `${id}.sqlite`);
  const path = join(host.dataDir, relative);
  try {
    removeDatabaseFiles(path);
    installStagedImage(staged, path);
    await host.changeMaster((m) => {
      if (host.getDatabase(name)) throw sqlErrorWithState(1801, 3, name);
      insertDatabase(m, id, name, relative, SA_SID);
    });
  } catch (e) {
    removeDatabaseFiles(path);
    throw e;
  } finally {
    host.releaseDatabaseId(id);
  }
  const info = host.getDatabase(name);
  if (!info) throw new Error('store: restored database not found');
  return info;
}
