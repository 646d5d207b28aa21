// sys.dm_os_sys_info on a real node: the machine facts are this machine's, and sqlserver_start_time
// (what DBAs compute uptime from) lies within the node's lifetime and is the engine's
// last_startup_time of sys.dm_server_services.
import assert from 'node:assert/strict';
import os from 'node:os';
import { before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDOSINFO' });
const testStarted = Date.now();

describe('sys.dm_os_sys_info', () => {
  let node: NodeHandle;
  before(async () => {
    node = await fixture.ready();
  });

  test('the node\'s start, CPUs and memory', async () => {
    const s = await connect(node);
    try {
      const o = ok(await batch(s, `SELECT DATEDIFF(MILLISECOND, i.sqlserver_start_time, GETDATE()) AS age_ms,
  ABS(DATEDIFF(MILLISECOND, i.sqlserver_start_time, CAST(ss.last_startup_time AS datetime))) AS vs_services_ms,
  i.cpu_count, i.physical_memory_kb, i.process_user_time_ms + i.process_kernel_time_ms AS cpu_ms
FROM sys.dm_os_sys_info i CROSS JOIN sys.dm_server_services ss WHERE ss.servicename = N'SQL Server (MSSQLSERVER)'`));
      const [age, vsServices, cpus, memoryKb, cpuMs] = o.sets[0]!.rows[0]! as [number, number, number, string | number, string | number];
      assert.ok(age >= 0 && age <= Date.now() - testStarted + 1000, `node age ${age} ms`);
      // datetime keeps 1/300 s; datetimeoffset(7) the exact instant
      assert.ok(vsServices <= 4, `differs from dm_server_services by ${vsServices} ms`);
      assert.equal(cpus, os.availableParallelism());
      assert.equal(Number(memoryKb), Math.floor(os.totalmem() / 1024));
      assert.ok(Number(cpuMs) > 0, `process CPU ${cpuMs} ms`);
    } finally {
      await close(s);
    }
  });
});
