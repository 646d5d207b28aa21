import type Database from 'better-sqlite3';
import { ciKey } from './collation-key';
import { CATALOG_SCHEMA_SQL, CATALOG_SCHEMA_VERSION, SEED_PRINCIPALS, SEED_SCHEMAS } from './catalog-schema';
import { localNowTicks } from './datetime-ticks';

/** Creates the catalogue tables and seed rows in the connection's main database (idempotent). */
export function initCatalog(db: Database.Database): void {
  const now = localNowTicks();
  db.transaction(() => {
    db.exec(CATALOG_SCHEMA_SQL);
    const principal = db.prepare(`INSERT OR IGNORE INTO __msxd_principals
      (principal_id, name, name_key, type, sid, default_schema_name, create_date, modify_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const p of SEED_PRINCIPALS) principal.run(p.id, p.name, ciKey(p.name), p.type, p.sid, p.defaultSchema, now, now);
    const schema = db.prepare('INSERT OR IGNORE INTO __msxd_schemas (schema_id, name, name_key, principal_id) VALUES (?, ?, ?, ?)');
    for (const s of SEED_SCHEMAS) schema.run(s.id, s.name, ciKey(s.name), s.owner);
    db.prepare("INSERT OR IGNORE INTO __msxd_catalog_meta (key, value) VALUES ('catalog_schema_version', ?)")
      .run(String(CATALOG_SCHEMA_VERSION));
  }).immediate();
}
