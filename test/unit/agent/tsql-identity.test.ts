// Whom a TSQL step runs as (sp_add_jobstep (Transact-SQL), @database_user_name): a sysadmin
// owner's step as its database_user_name when set, else as the agent; any other owner's step as
// the owner, its database_user_name ignored. Checked on the identity the subsystem hands its
// executor and on the history text's "Executed as user: X.".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  TsqlSubsystem, tsqlIdentity, type TsqlExecutor, type TsqlIdentity,
} from '../../../src/agent/subsystems/tsql-subsystem';
import { job, step } from './fakes';

const withUser = (user: string | null) => step(1, { subsystem: 'TSQL', command: 'SELECT 1', databaseName: 'work', databaseUserName: user });

test('a sysadmin-owned step with database_user_name runs as that user', () => {
  const s = withUser('reporter');
  assert.deepEqual(tsqlIdentity({ job: job([s], { ownerLoginName: 'sa' }), step: s, ownerIsSysadmin: true }), { kind: 'user', name: 'reporter' });
});

test('a sysadmin-owned step without database_user_name (or a blank one) runs as the agent', () => {
  for (const user of [null, '', '  ']) {
    const s = withUser(user);
    assert.equal(tsqlIdentity({ job: job([s], { ownerLoginName: 'sa' }), step: s, ownerIsSysadmin: true }), null);
  }
});

test("a non-sysadmin owner's step runs as the owner; database_user_name is ignored", () => {
  for (const user of [null, 'reporter']) {
    const s = withUser(user);
    assert.deepEqual(tsqlIdentity({ job: job([s], { ownerLoginName: 'bob' }), step: s, ownerIsSysadmin: false }), { kind: 'login', name: 'bob' });
  }
});

test('the subsystem passes the identity, database and command to its executor and names the user in the history', async () => {
  const calls: [string | null, string, TsqlIdentity][] = [];
  const executor: TsqlExecutor = {
    executedAs: 'agent_login',
    runBatch: (database, command, _signal, identity) => {
      calls.push([database, command, identity]);
      return Promise.resolve({ messages: [], error: null });
    },
  };
  const sub = new TsqlSubsystem(executor);
  const signal = new AbortController().signal;
  const s = withUser('reporter');
  const r = await sub.run({ job: job([s], { ownerLoginName: 'sa' }), step: s, signal, ownerIsSysadmin: true });
  assert.equal(r.message, 'Executed as user: reporter.');
  const plain = withUser(null);
  const r2 = await sub.run({ job: job([plain], { ownerLoginName: 'sa' }), step: plain, signal, ownerIsSysadmin: true });
  assert.equal(r2.message, 'Executed as user: agent_login.');
  assert.deepEqual(calls, [['work', 'SELECT 1', { kind: 'user', name: 'reporter' }], ['work', 'SELECT 1', null]]);
});
