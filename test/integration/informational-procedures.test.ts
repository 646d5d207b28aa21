// The informational system procedures called the way drivers call them, against a real node over
// TDS (tedious): RPC by name with named parameters, the return status (RETURNSTATUS token), the
// announced column types, and the severity-11 error of a bad role name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { callProcedure, close, connect, ok, TYPES, type Session } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDINFOPROCS', args: ['--no-agent'] });
let node: NodeHandle;
let s: Session;

before(async () => {
  node = await fixture.ready();
  s = await connect(node, { database: 'master' });
});

after(async () => {
  await close(s);
});

describe('informational procedures over RPC', () => {
  test('sp_helpsrvrole @srvrolename answers the role with its description, status 0', async () => {
    const o = ok(await callProcedure(s, 'sp_helpsrvrole', [['srvrolename', TYPES.NVarChar, 'sysadmin']]));
    assert.deepEqual(o.sets.map((r) => r.rows), [[['sysadmin', 'System Administrators']]]);
    assert.deepEqual(o.sets[0]!.columns.map((c) => `${c.name} ${c.sqlType}`), ['ServerRole nvarchar(128)', 'Description nvarchar(128)']);
    assert.equal(o.returnStatus, 0);
  });

  test('sp_helpdbfixedrole with a name that is no fixed database role: 15412, level 11, status 1', async () => {
    const o = await callProcedure(s, 'sp_helpdbfixedrole', [['rolename', TYPES.NVarChar, 'public']]);
    assert.deepEqual(o.errors.map((e) => [e.number, e.class, e.message]), [[15412, 11, "'public' is not a known fixed role."]]);
    assert.equal(o.sets.length, 0);
    assert.equal(o.returnStatus, 1);
  });

  test('sp_validname: a valid name is 0, an empty one 1 silently with @raise_error = 0, else 15004', async () => {
    assert.equal(ok(await callProcedure(s, 'sp_validname', [['name', TYPES.NVarChar, 'Order Details']])).returnStatus, 0);
    const quiet = ok(await callProcedure(s, 'sp_validname', [['name', TYPES.NVarChar, ''], ['raise_error', TYPES.Bit, false]]));
    assert.equal(quiet.returnStatus, 1);
    const loud = await callProcedure(s, 'sp_validname', [['name', TYPES.NVarChar, '']]);
    assert.deepEqual(loud.errors.map((e) => [e.number, e.class, e.message]), [[15004, 16, 'Name cannot be NULL.']]);
    assert.equal(loud.returnStatus, 1);
  });

  test('sp_helplanguage by alias and sp_helpsort', async () => {
    const lang = ok(await callProcedure(s, 'sp_helplanguage', [['language', TYPES.NVarChar, 'english']]));
    assert.deepEqual(lang.sets[0]!.columns.map((c) => c.sqlType),
      ['smallint', 'nchar(3)', 'tinyint', 'int', 'nvarchar(128)', 'nvarchar(128)', 'nvarchar(372)', 'nvarchar(132)', 'nvarchar(217)', 'int', 'smallint']);
    const row = lang.sets[0]!.rows[0]!;
    assert.deepEqual([row[0], row[1], row[2], row[4], row[5], row[9]], [0, 'mdy', 7, 'us_english', 'English', 1033]);
    const sort = ok(await callProcedure(s, 'sp_helpsort'));
    assert.match(String(sort.sets[0]!.rows[0]![0]), /^Latin1-General, case-insensitive, accent-sensitive, .* Sort Order 52 on Code Page 1252 /);
  });
});
