import type { SessionStorage } from './api';
import { ciKey } from './collation-key';

// GRANT/DENY/REVOKE rows (__msxd_permissions, sys.database_permissions) and schemas
// (__msxd_schemas) of one database: one exported function per operation; writers run under the
// caller's withWriteLock.

/** sys.database_permissions.class */
export const PERMISSION_CLASS = { database: 0, object: 1, schema: 3 } as const;
export type PermissionClass = (typeof PERMISSION_CLASS)[keyof typeof PERMISSION_CLASS];

/** G grant, D deny, W grant with grant option */
export type PermissionState = 'G' | 'D' | 'W';

export interface PermissionRow {
  readonly class: PermissionClass;
  readonly majorId: number;
  /** column_id for column permissions, else 0 */
  readonly minorId: number;
  readonly granteeId: number;
  readonly grantorId: number;
  readonly permission: string;
  readonly state: PermissionState;
}

interface RawPermission {
  class: PermissionClass; major_id: number; minor_id: number; grantee_principal_id: number;
  grantor_principal_id: number; permission_name: string; state: PermissionState;
}

/** GRANT/DENY: replaces the grantee's row for that permission on that securable. */
export function setPermission(s: SessionStorage, database: string, p: PermissionRow): void {
  const db = s.sqliteSchema(database);
  s.run(`INSERT OR REPLACE INTO ${db}.__msxd_permissions
           (class, major_id, minor_id, grantee_principal_id, grantor_principal_id, permission_name, state)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
  [p.class, p.majorId, p.minorId, p.granteeId, p.grantorId, p.permission, p.state]);
}

/** REVOKE: removes the row; `minorId` undefined removes the object row and every column row. */
export function deletePermission(s: SessionStorage, database: string, cls: PermissionClass, majorId: number,
  minorId: number | undefined, granteeId: number, permission: string): void {
  const db = s.sqliteSchema(database);
  if (minorId === undefined) {
    s.run(`DELETE FROM ${db}.__msxd_permissions
            WHERE class = ? AND major_id = ? AND grantee_principal_id = ? AND permission_name = ?`, [cls, majorId, granteeId, permission]);
  } else {
    s.run(`DELETE FROM ${db}.__msxd_permissions
            WHERE class = ? AND major_id = ? AND minor_id = ? AND grantee_principal_id = ? AND permission_name = ?`,
    [cls, majorId, minorId, granteeId, permission]);
  }
}

/** Rows that apply to an access: the object (all columns), its schema and the database, for the
 *  given grantees (the user and its roles) and permission names. */
export function applicablePermissions(s: SessionStorage, database: string, objectId: number, schemaId: number,
  granteeIds: readonly number[], permissions: readonly string[]): PermissionRow[] {
  const db = s.sqliteSchema(database);
  const grantees = granteeIds.map(() => '?').join(', ');
  const names = permissions.map(() => '?').join(', ');
  return s.all<RawPermission>(
    `SELECT class, major_id, minor_id, grantee_principal_id, grantor_principal_id, permission_name, state
       FROM ${db}.__msxd_permissions
      WHERE grantee_principal_id IN (${grantees}) AND permission_name IN (${names})
        AND ((class = 1 AND major_id = ?) OR (class = 3 AND major_id = ?) OR class = 0)`,
    [...granteeIds, ...permissions, objectId, schemaId]).map((r) => ({
    class: r.class, majorId: r.major_id, minorId: r.minor_id, granteeId: r.grantee_principal_id,
    grantorId: r.grantor_principal_id, permission: r.permission_name, state: r.state,
  }));
}

export function countPermissionsGrantedBy(s: SessionStorage, database: string, grantorId: number): number {
  const db = s.sqliteSchema(database);
  return s.get<{ n: number }>(`SELECT count(*) AS n FROM ${db}.__msxd_permissions WHERE grantor_principal_id = ?`, [grantorId])?.n ?? 0;
}

export interface SchemaRow {
  readonly schemaId: number;
  readonly name: string;
  readonly principalId: number;
}

export function findSchema(s: SessionStorage, database: string, name: string): SchemaRow | undefined {
  const db = s.sqliteSchema(database);
  const r = s.get<{ schema_id: number; name: string; principal_id: number }>(
    `SELECT schema_id, name, principal_id FROM ${db}.__msxd_schemas WHERE name_key = ?`, [ciKey(name)]);
  return r ? { schemaId: r.schema_id, name: r.name, principalId: r.principal_id } : undefined;
}

/** User schemas are numbered from 5 up, like SQL Server's. */
export function insertSchema(s: SessionStorage, database: string, name: string, ownerId: number): number {
  const db = s.sqliteSchema(database);
  const id = s.get<{ id: number }>(
    `SELECT max(coalesce(max(schema_id) + 1, 0), 5) AS id FROM ${db}.__msxd_schemas WHERE schema_id < 16384`)?.id ?? 5;
  s.run(`INSERT INTO ${db}.__msxd_schemas (schema_id, name, name_key, principal_id) VALUES (?, ?, ?, ?)`, [id, name, ciKey(name), ownerId]);
  return id;
}

/** The first object of the schema (DROP SCHEMA's 3729), or undefined when it is empty. */
export function firstObjectInSchema(s: SessionStorage, database: string, schemaId: number): string | undefined {
  const db = s.sqliteSchema(database);
  return s.get<{ name: string }>(`SELECT name FROM ${db}.__msxd_objects WHERE schema_id = ? ORDER BY object_id LIMIT 1`, [schemaId])?.name;
}

export function deleteSchema(s: SessionStorage, database: string, schemaId: number): void {
  const db = s.sqliteSchema(database);
  s.run(`DELETE FROM ${db}.__msxd_permissions WHERE class = 3 AND major_id = ?`, [schemaId]);
  s.run(`DELETE FROM ${db}.__msxd_schemas WHERE schema_id = ?`, [schemaId]);
}
