import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sendErrorLog, type ReadErrorLogRequest } from '../../../src/procedures/error-log-reading';
import type { ProcedureContext } from '../../../src/engine/procedure-registry';
import { ErrorLog } from '../../../src/engine/error-log';
import { fromJsDate } from '../../../src/types/dates';
import type { SqlValue } from '../../../src/types/values';

function logWith(): ErrorLog {
  const log = new ErrorLog();
  const base = { database: 'master', loginName: 'sa', spid: 52 };
  log.record({ ...base, number: 50000, severity: 16, state: 1, text: 'The disk is full.', loggedAt: new Date('2026-12-01T10:00:00Z') });
  log.record({ ...base, number: 208, severity: 2, state: 0, text: "SQL Server Scheduled Job 'j' (0x01) - Status: Failed", loggedAt: new Date('2026-12-01T11:00:00Z'), source: 'SQLSERVERAGENT' });
  log.record({ ...base, number: 208, severity: 4, state: 0, text: "SQL Server Scheduled Job 'k' (0x02) - Status: Succeeded", loggedAt: new Date('2026-12-01T12:00:00Z'), source: 'SQLSERVERAGENT' });
  return log;
}

async function read(log: ErrorLog, req: Partial<ReadErrorLogRequest>): Promise<{ columns: string[]; rows: SqlValue[][] }> {
  const out = { columns: [] as string[], rows: [] as SqlValue[][] };
  const ctx = {
    errorLog: { entries: () => log.all(), writeAgentEvent: () => undefined },
    resultSet: async (columns: { name: string }[], rows: Iterable<SqlValue[]>) => { out.columns = columns.map((c) => c.name); out.rows = [...rows]; },
  } as unknown as ProcedureContext;
  await sendErrorLog(ctx, { logNumber: 0, logType: 1, search1: null, search2: null, start: null, end: null, descending: false, ...req });
  return out;
}

test('log type 1: the server\'s errors as ERRORLOG lines (two per error, spidN) and the agent\'s events (SQLSERVERAGENT)', async () => {
  const r = await read(logWith(), {});
  assert.deepEqual(r.columns, ['LogDate', 'ProcessInfo', 'Text']);
  assert.deepEqual(r.rows.map((x) => [x[1], x[2]]), [
    ['spid52', 'Error: 50000, Severity: 16, State: 1.'], ['spid52', 'The disk is full.'],
    ['SQLSERVERAGENT', "SQL Server Scheduled Job 'j' (0x01) - Status: Failed"],
    ['SQLSERVERAGENT', "SQL Server Scheduled Job 'k' (0x02) - Status: Succeeded"],
  ]);
});

test('search strings (both must occur, any case), time range, descending order, log type 2, archives', async () => {
  const log = logWith();
  assert.deepEqual((await read(log, { search1: 'scheduled job', search2: 'FAILED' })).rows.map((x) => x[2]), ["SQL Server Scheduled Job 'j' (0x01) - Status: Failed"]);
  const ranged = await read(log, { start: fromJsDate(new Date('2026-12-01T10:30:00Z')), end: fromJsDate(new Date('2026-12-01T11:30:00Z')) });
  assert.deepEqual(ranged.rows.map((x) => x[1]), ['SQLSERVERAGENT']);
  assert.deepEqual((await read(log, { descending: true })).rows.map((x) => x[2]).at(0), "SQL Server Scheduled Job 'k' (0x02) - Status: Succeeded");
  const agent = await read(log, { logType: 2 });
  assert.deepEqual(agent.columns, ['LogDate', 'ErrorLevel', 'Text']);
  assert.deepEqual(agent.rows.map((x) => x[1]), [2, 3], 'warning, information');
  assert.deepEqual((await read(log, { logNumber: 1 })).rows, []);
});

test('the alerts\' reader sees only the server\'s own errors', () => {
  const log = logWith();
  assert.deepEqual(log.after(0, 100, true).map((e) => e.number), [50000]);
  assert.deepEqual(log.after(0, 100).map((e) => e.number), [50000, 208, 208]);
  assert.equal(log.newestId, 3);
});
