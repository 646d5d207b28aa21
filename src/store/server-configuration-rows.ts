import type Database from 'better-sqlite3';
import type { SessionStorage } from './api';
import type { MasterAccess } from './master-access';
import { CONFIGURATION_OPTIONS } from './server-configuration-options';

// Server configuration options in master (__msxd_configurations): what sys.configurations shows
// and sp_configure / RECONFIGURE change. `value` is the configured value (sp_configure writes it,
// SQL Server's sysconfigures), `value_in_use` the running one (RECONFIGURE copies dynamic options,
// a restart all of them: SQL Server's syscurconfigs). The other columns are refreshed from
// CONFIGURATION_OPTIONS at every start. Created at start with IF NOT EXISTS rather than in
// server-schema.ts, so that data folders made before it get the table too.

const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS __msxd_configurations (
  configuration_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  value INTEGER NOT NULL,
  minimum INTEGER NOT NULL,
  maximum INTEGER NOT NULL,
  value_in_use INTEGER NOT NULL,
  description TEXT NOT NULL,
  is_dynamic INTEGER NOT NULL,
  is_advanced INTEGER NOT NULL
);`;

export interface ConfigurationRow {
  readonly id: number;
  readonly name: string;
  readonly value: number;
  readonly valueInUse: number;
  readonly minimum: number;
  readonly maximum: number;
  readonly dynamic: boolean;
  readonly advanced: boolean;
}

interface Raw {
  configuration_id: number; name: string; value: number; value_in_use: number; minimum: number; maximum: number;
  is_dynamic: number; is_advanced: number;
}

const COLUMNS = 'configuration_id, name, value, value_in_use, minimum, maximum, is_dynamic, is_advanced';

function row(r: Raw): ConfigurationRow {
  return {
    id: r.configuration_id, name: r.name, value: r.value, valueInUse: r.value_in_use, minimum: r.minimum,
    maximum: r.maximum, dynamic: r.is_dynamic !== 0, advanced: r.is_advanced !== 0,
  };
}

/**
 * Node start, on a connection of its own to master.sqlite (main schema), before any session:
 * options new to this build get their default, known ones keep their configured value, and every
 * configured value becomes the running one, dynamic or not: SQL Server reads the configured
 * values at startup, which is how an option that is not dynamic takes effect.
 */
export function startConfigurations(db: Database.Database): void {
  db.transaction(() => {
    db.exec(SCHEMA_SQL);
    const upsert = db.prepare(`INSERT INTO __msxd_configurations
      (configuration_id, name, value, minimum, maximum, value_in_use, description, is_dynamic, is_advanced)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (configuration_id) DO UPDATE SET name = excluded.name, minimum = excluded.minimum,
        maximum = excluded.maximum, description = excluded.description, is_dynamic = excluded.is_dynamic,
        is_advanced = excluded.is_advanced`);
    for (const o of CONFIGURATION_OPTIONS) {
      upsert.run(o.id, o.name, o.defaultValue, o.minimum, o.maximum, o.defaultValue, o.description, o.dynamic ? 1 : 0, o.advanced ? 1 : 0);
    }
    const known = CONFIGURATION_OPTIONS.map((o) => o.id).join(', ');
    db.exec(`DELETE FROM __msxd_configurations WHERE configuration_id NOT IN (${known})`);
    db.exec('UPDATE __msxd_configurations SET value_in_use = value WHERE value_in_use <> value');
  }).immediate();
}

export function findConfiguration(s: SessionStorage, id: number): ConfigurationRow | undefined {
  const r = s.get<Raw>(`SELECT ${COLUMNS} FROM ${s.sqliteSchema('master')}.__msxd_configurations WHERE configuration_id = ?`, [id]);
  return r ? row(r) : undefined;
}

export function listConfigurations(s: SessionStorage): ConfigurationRow[] {
  return s.all<Raw>(`SELECT ${COLUMNS} FROM ${s.sqliteSchema('master')}.__msxd_configurations ORDER BY configuration_id`).map(row);
}

/** sp_configure's write: the configured value only (RECONFIGURE or a restart installs it). */
export function setConfiguredValue(s: SessionStorage, id: number, value: number): void {
  s.run(`UPDATE ${s.sqliteSchema('master')}.__msxd_configurations SET value = ? WHERE configuration_id = ?`, [value, id]);
}

/** RECONFIGURE: the configured values of dynamic options become the running ones. */
export function installDynamicValues(s: SessionStorage): void {
  s.run(`UPDATE ${s.sqliteSchema('master')}.__msxd_configurations SET value_in_use = value
    WHERE is_dynamic = 1 AND value_in_use <> value`);
}

/** A value set and installed at once (sp_configure then RECONFIGURE WITH OVERRIDE), by the node. */
export function setRunningValue(m: MasterAccess, id: number, value: number): void {
  m.run(`UPDATE ${m.schema}.__msxd_configurations SET value = ?, value_in_use = ? WHERE configuration_id = ?`, [value, value, id]);
}
