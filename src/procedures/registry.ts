// The lookup behind EXEC for procedures written in TypeScript: SQL Server's name resolution for
// system procedures (sys schema, visible from every database, also as master.dbo.sp_x or
// msdb.dbo.sp_x) and for database-bound ones (msdb.dbo.sp_help_job).
import type {
  ProcedureDefinition, ProcedureName, ProcedureRegistry,
} from '../engine/procedure-registry';

export function createProcedureRegistry(definitions: readonly ProcedureDefinition[]): ProcedureRegistry {
  const byName = new Map<string, ProcedureDefinition[]>();
  for (const def of definitions) {
    const key = def.name.toLowerCase();
    const list = byName.get(key) ?? [];
    if (list.some((d) => d.home === def.home)) throw new Error(`procedure ${def.name} registered twice`);
    list.push(def);
    byName.set(key, list);
  }
  const all = [...definitions];
  return {
    all: () => all,
    find(name: ProcedureName, currentDatabase: string): ProcedureDefinition | undefined {
      const candidates = byName.get(name.name.toLowerCase());
      if (!candidates) return undefined;
      const database = (name.database || currentDatabase).toLowerCase();
      const schema = (name.schema || '').toLowerCase();
      return candidates.find((def) => {
        switch (def.home) {
          case 'system':
            return schema === '' || schema === 'sys' || schema === 'dbo';
          case 'msdb':
          case 'master':
            return database === def.home && (schema === '' || schema === 'dbo');
          default: {
            const never: never = def.home;
            return never;
          }
        }
      });
    },
  };
}
