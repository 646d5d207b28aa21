// FILE_ID, FILE_NAME, FILEGROUP_ID, FILEGROUP_NAME, FILEPROPERTY over the current database's two
// files as sys.database_files shows them (catalog/file-views.ts: file_id 1 the SQLite file in
// filegroup PRIMARY, file_id 2 its write-ahead log as the log file).
// https://learn.microsoft.com/sql/t-sql/functions/fileproperty-transact-sql
// FILEPROPERTY 'SpaceUsed' is in 8-KB pages: the data file's pages in use (page_count minus the
// free list, in the store's page size), the log's the WAL file's size.
import { ciKey, fileBytes, type SessionStorage } from '../../../store/index';
import { typed } from '../../../types/typed-value';
import type { Scope } from '../../interpreter/scope';
import { readCatalog } from '../catalog-reader';
import { logicalFileNames } from '../file-views';
import { schemaLiteral } from '../view-columns';
import { arity, argInt, argText, INT, SMALLINT, SYSNAME, type MetadataFunction } from './arguments';

const PAGE_BYTES = 8192;
const DATA_FILE = 1;
const LOG_FILE = 2;
const PRIMARY_FILEGROUP = 1;

interface CurrentFiles {
  readonly names: readonly [string, string];
  readonly path: string;
}

function currentFiles(scope: Scope): CurrentFiles | undefined {
  const info = scope.engine.store.getDatabase(scope.session.database);
  return info ? { names: logicalFileNames(info.databaseId, info.name), path: info.file } : undefined;
}

function fileIdOf(files: CurrentFiles, name: string): number | undefined {
  const i = files.names.findIndex((n) => ciKey(n) === ciKey(name));
  return i < 0 ? undefined : i + 1;
}

export const FILE_ID: MetadataFunction = (call, ctx) => {
  arity(call, 1, 1);
  const name = argText(call, 0, ctx);
  const files = currentFiles(ctx.scope);
  return typed(SMALLINT, name && files ? fileIdOf(files, name) ?? null : null);
};

export const FILE_NAME: MetadataFunction = (call, ctx) => {
  arity(call, 1, 1);
  const id = argInt(call, 0, ctx);
  const files = currentFiles(ctx.scope);
  return typed(SYSNAME, files && (id === DATA_FILE || id === LOG_FILE) ? files.names[id - 1] ?? null : null);
};

export const FILEGROUP_ID: MetadataFunction = (call, ctx) => {
  arity(call, 1, 1);
  const name = argText(call, 0, ctx);
  return typed(INT, name && ciKey(name) === ciKey('PRIMARY') ? PRIMARY_FILEGROUP : null);
};

export const FILEGROUP_NAME: MetadataFunction = (call, ctx) => {
  arity(call, 1, 1);
  return typed(SYSNAME, argInt(call, 0, ctx) === PRIMARY_FILEGROUP ? 'PRIMARY' : null);
};

function usedDataPages(scope: Scope): number | null {
  const database = scope.session.database;
  return readCatalog(scope, (s: SessionStorage) => {
    const db = s.sqliteSchema(database);
    const lit = schemaLiteral(db);
    // freelist_count has no table-valued form with a schema argument
    const free = s.get<{ freelist_count: number }>(`PRAGMA ${db}.freelist_count`)?.freelist_count ?? 0;
    const row = s.get<{ bytes: number }>(`SELECT (pc.page_count - ${free}) * ps.page_size AS bytes
      FROM pragma_page_count(${lit}) pc, pragma_page_size(${lit}) ps`);
    return row ? Math.ceil(row.bytes / PAGE_BYTES) : null;
  }) ?? null;
}

export const FILEPROPERTY: MetadataFunction = (call, ctx) => {
  arity(call, 2, 2);
  const name = argText(call, 0, ctx);
  const property = argText(call, 1, ctx)?.toLowerCase();
  const files = currentFiles(ctx.scope);
  const id = name && files ? fileIdOf(files, name) : undefined;
  if (!files || id === undefined) return typed(INT, null);
  switch (property) {
    case 'isreadonly': return typed(INT, 0);
    case 'isprimaryfile': return typed(INT, id === DATA_FILE ? 1 : 0);
    case 'islogfile': return typed(INT, id === LOG_FILE ? 1 : 0);
    case 'spaceused':
      return typed(INT, id === DATA_FILE ? usedDataPages(ctx.scope) : Math.ceil((fileBytes(`${files.path}-wal`) ?? 0) / PAGE_BYTES));
    default: return typed(INT, null);
  }
};
