// The TypeScript procedures as catalogue objects: msdb's get positive ids that depend on their
// names only (the same at every start, whatever the registration order), the system ones negative
// ids among the system views', typed X when SQL Server has them as extended procedures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registerCatalogViews } from '../../../../src/engine/catalog/index';
import {
  databaseProcedureHashId, databaseProcedures,
} from '../../../../src/engine/catalog/database-procedures';
import { systemObjects } from '../../../../src/engine/catalog/system-objects';
import type { ProcedureDefinition } from '../../../../src/engine/procedure-registry';
import { createProcedureRegistry, procedureDefinitions } from '../../../../src/procedures/index';

const shipped = createProcedureRegistry(procedureDefinitions);

const procedure = (name: string): ProcedureDefinition =>
  ({ name, home: 'msdb', permission: 'public', parameters: [], run: () => 0 });

test('msdb procedures: positive ids below the catalogue\'s first, unique, each its name\'s own hash', () => {
  const list = databaseProcedures(shipped, 'msdb');
  assert.ok(list.some((p) => p.name === 'sp_add_job'));
  assert.equal(new Set(list.map((p) => p.objectId)).size, list.length);
  for (const p of list) {
    assert.ok(p.objectId >= 100_000 && p.objectId < 1_000_000, `${p.name} ${p.objectId}`);
    // no two shipped names collide, so adding a procedure cannot move another one's id
    assert.equal(p.objectId, databaseProcedureHashId(p.name), p.name);
  }
  assert.deepEqual(databaseProcedures(shipped, 'master'), []);
});

test('msdb procedures: ids do not depend on the registration order, colliding names included', () => {
  const byName = new Map<number, string>();
  let pair: [string, string] | undefined;
  for (let i = 0; !pair; i++) {
    const name = `sp_collide_${i}`;
    const other = byName.get(databaseProcedureHashId(name));
    if (other !== undefined) pair = [other, name];
    byName.set(databaseProcedureHashId(name), name);
  }
  const ids = (defs: ProcedureDefinition[]): string[] =>
    databaseProcedures(createProcedureRegistry(defs), 'msdb').map((p) => `${p.name}=${p.objectId}`).sort();
  const forward = ids([...procedureDefinitions, ...pair.map(procedure)]);
  assert.deepEqual(ids([...pair.map(procedure).reverse(), ...[...procedureDefinitions].reverse()]), forward);
  const [a, b] = pair.map((n) => forward.find((x) => x.startsWith(`${n}=`)));
  assert.notEqual(a?.split('=')[1], b?.split('=')[1]);
});

test('system procedures: negative ids unique among the system objects; extended ones are X', () => {
  registerCatalogViews();
  const all = systemObjects(shipped);
  assert.equal(new Set(all.map((o) => o.objectId)).size, all.length);
  assert.ok(all.every((o) => o.objectId < -1000));
  const type = (name: string): string | undefined => all.find((o) => o.schema === 'sys' && o.name === name)?.type;
  assert.deepEqual(['objects', 'sp_who', 'sp_executesql', 'xp_instance_regread', 'sp_add_job'].map(type), ['V', 'P', 'X', 'X', undefined]);
});

// SQL Server's xp_ procedures are all extended ones: a new definition must say so to be listed as X.
test('registry: every xp_ procedure is marked extended', () => {
  assert.deepEqual(procedureDefinitions.filter((d) => d.name.startsWith('xp_') && d.extended !== true).map((d) => d.name), []);
});
