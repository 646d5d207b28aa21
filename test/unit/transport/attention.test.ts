// ATTENTION while a long result streams: the request is aborted, unsent output is dropped, the
// client gets DONE with DONE_ATTN and the session stays usable.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Request } from 'tedious';
import { startFakeServer, type FakeServer } from './fake-handler';
import { close, connect, exec } from './tedious-client';

let server: FakeServer;

before(async () => {
  server = await startFakeServer();
});

after(async () => {
  await server.close();
});

test('request.cancel() during a long result', async () => {
  const conn = await connect(server.port);
  const handler = server.handlers.at(-1)!;
  const outcome = await new Promise<{ rows: number; error: (Error & { code?: string }) | undefined }>((resolve) => {
    let rows = 0;
    const request = new Request('rows 10000000', (error) => resolve({ rows, error: error ?? undefined }));
    request.on('row', () => {
      if (++rows === 1000) conn.cancel();
    });
    conn.execSqlBatch(request);
  });
  assert.equal(outcome.error?.code, 'ECANCEL');
  assert.ok(outcome.rows < 10_000_000);
  assert.equal(handler.attentions, 1);
  assert.equal((await exec(conn, 'rows 7')).rows, 7, 'the session is usable afterwards');
  await close(conn);
});

test('request timeout (no output yet) sends ATTENTION and the session recovers', async () => {
  const conn = await connect(server.port, { requestTimeoutMs: 200 });
  const r = await exec(conn, 'sleep 60000');
  assert.equal(r.error?.code, 'ETIMEOUT');
  assert.equal((await exec(conn, 'rows 4')).rows, 4);
  await close(conn);
});

test('ATTENTION after the response completed is still acknowledged', async () => {
  const conn = await connect(server.port);
  assert.equal((await exec(conn, 'rows 1')).rows, 1);
  const session = server.sessions.at(-1)!;
  assert.equal(session.currentPhase, 'loggedIn');
  await close(conn);
});
