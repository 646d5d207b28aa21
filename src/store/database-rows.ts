import { join } from 'node:path';
import type { DatabaseInfo } from './api';
import { ciKey } from './collation-key';
import { localNowTicks } from './datetime-ticks';
import type { MasterAccess } from './master-access';
import { FIRST_USER_DATABASE_ID } from './server-schema';
import { SERVER_COLLATION } from '../types/collation';

// One exported function per operation on __msxd_databases (sys.databases).

interface DatabaseRow {
  database_id: bigint; name: string; file: string; owner_sid: Buffer; create_date: bigint; collation_name: string;
}

export function listDatabaseRows(m: MasterAccess, dataDir: string): DatabaseInfo[] {
  return m.allBig<DatabaseRow>(
    `SELECT database_id, name, file, owner_sid, create_date, collation_name
       FROM ${m.schema}.__msxd_databases ORDER BY database_id`).map((r) => ({
    databaseId: Number(r.database_id),
    name: r.name,
    file: join(dataDir, r.file),
    ownerSid: r.owner_sid,
    createDate: r.create_date,
    collationName: r.collation_name,
  }));
}

export function nextDatabaseId(m: MasterAccess): number {
  const row = m.get<{ id: number }>(
    `SELECT max(coalesce(max(database_id) + 1, 0), ${FIRST_USER_DATABASE_ID}) AS id FROM ${m.schema}.__msxd_databases`);
  return row?.id ?? FIRST_USER_DATABASE_ID;
}

export function insertDatabase(m: MasterAccess, id: number, name: string, relativeFile: string, ownerSid: Buffer): void {
  m.run(`INSERT INTO ${m.schema}.__msxd_databases (database_id, name, name_key, file, owner_sid, create_date, collation_name)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
  [id, name, ciKey(name), relativeFile, ownerSid, localNowTicks(), SERVER_COLLATION.name]);
}

export function deleteDatabaseRow(m: MasterAccess, id: number): void {
  m.run(`DELETE FROM ${m.schema}.__msxd_databases WHERE database_id = ?`, [id]);
}
