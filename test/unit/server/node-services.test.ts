// The agent row of sys.dm_server_services and xp_servicecontrol follow the agent the node hosts:
// an in-process node gets an agent factory whose agent reports the states src/agent's Agent goes
// through (and one whose agent cannot start). The real agent is covered by
// test/integration/server-services.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NodeAgent } from '../../../src/server/agent-host';
import { close, login, query, startTestNode } from './node-harness';

const AGENT_ROW = `SELECT startup_type, status, status_desc, process_id, last_startup_time
FROM sys.dm_server_services WHERE servicename = N'SQL Server Agent (MSSQLSERVER)'`;
const QUERY_AGENT = "EXEC master.dbo.xp_servicecontrol N'QueryState', N'SQLServerAGENT'";

test('the agent row follows the hosted agent: running, stopping, stopped', async () => {
  const agentStarted = new Date('2026-12-02T01:02:03.456Z');
  let state = 'running';
  const agent: NodeAgent = { start: async () => undefined, stop: async () => undefined, status: () => ({ state, startedAt: agentStarted.getTime() }) };
  const n = await startTestNode({ agent: () => Promise.resolve(agent) });
  const { conn } = await login(n.port);
  try {
    assert.ok(conn);
    const expected: [string, number, string, number | null, string][] = [
      ['running', 4, 'Running', process.pid, 'Running.'],
      ['stopping', 3, 'Other (stop operation pending)', process.pid, 'Stopping.'],
      ['starting', 2, 'Other (start operation pending)', process.pid, 'Starting.'],
      ['stopped', 1, 'Stopped', null, 'Stopped.'],
    ];
    for (const [agentState, status, desc, pid, text] of expected) {
      state = agentState;
      const row: unknown[] | undefined = (await query(conn, AGENT_ROW)).rows[0];
      assert.deepEqual(row?.slice(0, 4), [2, status, desc, pid], agentState);
      assert.deepEqual(row?.[4], agentStarted);
      assert.deepEqual((await query(conn, QUERY_AGENT)).rows, [[text]], agentState);
    }
  } finally {
    await close(conn);
    await n.stop();
  }
});

test('an agent that could not start is stopped (still Automatic): the node serves without it', async () => {
  const n = await startTestNode({ agent: () => Promise.reject(new Error('no agent today')) });
  const { conn } = await login(n.port);
  try {
    assert.ok(conn);
    assert.deepEqual((await query(conn, AGENT_ROW)).rows, [[2, 1, 'Stopped', null, null]]);
    assert.deepEqual((await query(conn, QUERY_AGENT)).rows, [['Stopped.']]);
  } finally {
    await close(conn);
    await n.stop();
  }
});
