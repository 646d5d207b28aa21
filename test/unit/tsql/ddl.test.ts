import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatch } from '../../../src/tsql/parse';
import { one, strip } from './helpers';

test('CREATE TABLE: types, IDENTITY, nullability, named defaults and constraints, computed columns', () => {
  const s = strip(one('CREATE TABLE dbo.t (id int IDENTITY(100, -2) NOT NULL CONSTRAINT pk PRIMARY KEY CLUSTERED, ' +
    'n nvarchar(50) NULL CONSTRAINT df_n DEFAULT (N\'\'), c AS id * 2, ' +
    'e int REFERENCES dbo.u (id) ON DELETE CASCADE, CONSTRAINT uq UNIQUE (n DESC), CHECK (id > 0))'));
  assert.ok(s.kind === 'createTable');
  const [id, n, c, e] = s.definition.columns;
  assert.deepEqual(id, { name: 'id', type: { kind: 'int' }, identity: { seed: 100, increment: -2 }, nullable: false, rowguidcol: false, sparse: false,
    constraints: [{ kind: 'primaryKey', name: 'pk', clustered: true }] });
  assert.deepEqual(n?.default, { name: 'df_n', expr: { kind: 'literal', form: 'string', text: '', unicode: true } });
  assert.equal(n?.nullable, true);
  assert.ok(c?.computed !== undefined && c.type === undefined);
  assert.deepEqual(e?.constraints, [{ kind: 'foreignKey', references: { table: { schema: 'dbo', name: 'u' }, columns: ['id'], onDelete: 'CASCADE' } }]);
  assert.deepEqual(s.definition.constraints.map((k) => k.kind), ['unique', 'check']);
});

test('ALTER TABLE actions', () => {
  const b = strip(parseBatch('ALTER TABLE t ADD x int NULL, CONSTRAINT df DEFAULT 0 FOR x; ALTER TABLE t DROP COLUMN IF EXISTS a, CONSTRAINT b; ' +
    'ALTER TABLE t ALTER COLUMN a bigint NOT NULL; ALTER TABLE t WITH CHECK CHECK CONSTRAINT ALL'));
  const actions = b.statements.map((s) => (s.kind === 'alterTable' ? s.action.kind : s.kind));
  assert.deepEqual(actions, ['add', 'drop', 'alterColumn', 'checkConstraints']);
  const drop = b.statements[1]!;
  assert.ok(drop.kind === 'alterTable' && drop.action.kind === 'drop');
  assert.deepEqual(drop.action.items, [{ kind: 'column', name: 'a', ifExists: true }, { kind: 'constraint', name: 'b', ifExists: false }]);
});

test('CREATE/DROP INDEX', () => {
  const c = strip(one('CREATE UNIQUE CLUSTERED INDEX ix ON t (a DESC) INCLUDE (b) WHERE a > 0 WITH (FILLFACTOR = 90)'));
  assert.ok(c.kind === 'createIndex' && c.unique && c.clustered === true);
  assert.deepEqual(c.options, [{ name: 'FILLFACTOR', value: { kind: 'number', value: 90 } }]);
  assert.deepEqual(strip(one('DROP INDEX dbo.t.ix')), { kind: 'dropIndex', ifExists: false, indexes: [{ table: { schema: 'dbo', name: 't' }, name: 'ix' }] });
});

test('views, procedures (params, defaults, OUTPUT, body to end of batch), functions', () => {
  const text = "CREATE OR ALTER PROCEDURE dbo.p @a int = 1, @b nvarchar(10) = N'x' OUTPUT AS\nSET NOCOUNT ON\nSELECT @a\nRETURN 0";
  const p = parseBatch(text).statements[0]!;
  assert.ok(p.kind === 'createProcedure');
  assert.equal(p.mode, 'createOrAlter');
  assert.equal(p.sourceText, text);
  assert.deepEqual(strip(p.params).map((x) => [x.name, x.output, x.default !== undefined]), [['@a', false, true], ['@b', true, true]]);
  assert.deepEqual(p.body.map((s) => [s.kind, s.line]), [['setOption', 2], ['select', 3], ['return', 4]]);
  const v = one('ALTER VIEW v (a) AS SELECT 1');
  assert.ok(v.kind === 'createView' && v.mode === 'alter');
  const f = one('CREATE FUNCTION dbo.f (@x int) RETURNS int AS BEGIN RETURN @x END');
  assert.ok(f.kind === 'createFunction' && f.returns.kind === 'scalar' && f.returns.body.length === 1);
});

test('DROP ... IF EXISTS of several objects', () => {
  assert.deepEqual(strip(one('DROP TABLE IF EXISTS #a, dbo.b')),
    { kind: 'drop', objectType: 'TABLE', ifExists: true, names: [{ name: '#a' }, { schema: 'dbo', name: 'b' }] });
});

test('databases', () => {
  assert.deepEqual(strip(one('ALTER DATABASE [d] SET RECOVERY SIMPLE, AUTO_CLOSE OFF WITH ROLLBACK IMMEDIATE')), {
    kind: 'alterDatabase', name: 'd',
    action: { kind: 'set', termination: 'ROLLBACK IMMEDIATE', options: [
      { name: 'RECOVERY', value: { kind: 'word', value: 'SIMPLE' } }, { name: 'AUTO_CLOSE', value: { kind: 'onOff', on: false } }] },
  });
  const c = strip(one("CREATE DATABASE d ON PRIMARY (NAME = d, FILENAME = 'd.mdf') LOG ON (NAME = l, FILENAME = 'l.ldf')"));
  assert.ok(c.kind === 'createDatabase' && c.name === 'd');
});

test('logins, users, roles, credentials', () => {
  assert.deepEqual(strip(one("CREATE LOGIN msx_login WITH PASSWORD = N'S3cret!' MUST_CHANGE, CHECK_POLICY = OFF, DEFAULT_DATABASE = [msdb]")), {
    kind: 'createLogin', name: 'msx_login', windows: false,
    password: { value: 'S3cret!', hashed: false, mustChange: true },
    options: [{ name: 'CHECK_POLICY', value: { kind: 'onOff', on: false } }, { name: 'DEFAULT_DATABASE', value: { kind: 'word', value: 'msdb' } }],
  });
  assert.deepEqual(strip(one('CREATE USER u FOR LOGIN l')), { kind: 'createUser', mode: 'create', name: 'u', login: 'l', withoutLogin: false, options: [] });
  assert.deepEqual(strip(one('ALTER SERVER ROLE sysadmin ADD MEMBER [msx]')),
    { kind: 'alterRole', server: true, name: 'sysadmin', action: { kind: 'addMember', member: 'msx' } });
  assert.deepEqual(strip(one("CREATE CREDENTIAL c WITH IDENTITY = 'u', SECRET = 'p'")),
    { kind: 'createCredential', mode: 'create', name: 'c', identity: 'u', secret: 'p' });
});

test('GRANT / DENY / REVOKE', () => {
  assert.deepEqual(strip(one('GRANT EXECUTE ON OBJECT::msdb.dbo.sp_add_job TO SQLAgentUserRole, public')), {
    kind: 'grant', permissions: ['EXECUTE'], on: { class: 'OBJECT', name: { database: 'msdb', schema: 'dbo', name: 'sp_add_job' }, columns: [] },
    principals: ['SQLAgentUserRole', 'public'], withGrantOption: false, grantOptionFor: false, cascade: false,
  });
  const r = strip(one('REVOKE VIEW SERVER STATE FROM x'));
  assert.ok(r.kind === 'revoke' && r.permissions[0] === 'VIEW SERVER STATE' && r.on === undefined);
});
