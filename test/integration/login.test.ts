// Login with tedious 19 over every encryption mode it offers, every TDS version it speaks, and the
// failure path: error 18456, class 14, identical text for a wrong password and an unknown login;
// 18470 only for the right password of a disabled login.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { which } from '../helpers/client-probe';
import { writeSelfSignedCertificate } from '../helpers/certificate';
import { nodeForFile } from '../helpers/node-fixture';
import { startNode } from '../helpers/start-node';
import { batch, close, connect, ok, scalar, type ServerMessage } from '../helpers/tedious-session';

const node = nodeForFile({ name: 'MSXDLOGIN' });

describe('tedious login, each encryption mode', () => {
  for (const [label, options] of [
    ['encrypt: false (PRELOGIN ENCRYPT_NOT_SUP, clear text)', { encrypt: false }],
    ['encrypt: true + trustServerCertificate (TLS inside PRELOGIN packets)', { encrypt: true, trustServerCertificate: true }],
  ] as const) {
    test(label, async () => {
      const session = await connect(node(), options);
      try {
        const outcome = ok(await batch(session, 'SELECT 1 AS one'));
        assert.deepEqual(outcome.sets[0]?.columns.map((c) => [c.name, c.sqlType]), [['one', 'int']]);
        assert.equal(scalar(outcome), 1);
      } finally {
        await close(session);
      }
    });
  }

  test("encrypt: 'strict' (TDS 8.0, TLS first; verifies the node's self-signed certificate from <data>/tls)", async () => {
    // tedious ignores trustServerCertificate in strict mode, as SqlClient does: it always verifies.
    const ca = readFileSync(path.join(node().dataDir, 'tls', 'cert.pem'), 'utf8');
    const session = await connect(node(), { encrypt: 'strict', ca, serverName: 'localhost' });
    try {
      assert.equal(scalar(ok(await batch(session, 'SELECT 1 AS one'))), 1);
    } finally {
      await close(session);
    }
  });

  test('the login response changes database and language (INFO 5701, 5703)', async () => {
    const session = await connect(node());
    try {
      const numbers = session.loginInfos.map((m) => m.number);
      assert.ok(numbers.includes(5701), `expected INFO 5701 among ${JSON.stringify(session.loginInfos)}`);
      assert.ok(numbers.includes(5703), `expected INFO 5703 among ${JSON.stringify(session.loginInfos)}`);
      assert.equal(scalar(ok(await batch(session, 'SELECT DB_NAME()'))), 'master');
    } finally {
      await close(session);
    }
  });
});

describe('tedious login, each TDS version', () => {
  for (const tdsVersion of ['7_1', '7_2', '7_3_A', '7_3_B', '7_4']) {
    test(`TDS ${tdsVersion}`, async () => {
      const session = await connect(node(), { tdsVersion });
      try {
        assert.equal(scalar(ok(await batch(session, "SELECT N'h\u00e9llo' AS s"))), 'h\u00e9llo');
      } finally {
        await close(session);
      }
    });
  }
});

describe('login failures', () => {
  async function failedLogin(user: string, password: string): Promise<{ error: Error & { code?: string }; messages: ServerMessage[] }> {
    try {
      const session = await connect(node(), { user, password });
      await close(session);
    } catch (err) {
      const e = err as Error & { code?: string; serverErrors?: ServerMessage[] };
      return { error: e, messages: e.serverErrors ?? [] };
    }
    assert.fail(`login as ${user} with a wrong password succeeded`);
  }

  test('wrong sa password: error 18456, class 14, state 1, connection refused', async () => {
    const { error, messages } = await failedLogin('sa', 'not-the-password');
    assert.equal(error.code, 'ELOGIN');
    assert.equal(messages.length, 1, JSON.stringify(messages));
    assert.deepEqual(
      { number: messages[0]?.number, class: messages[0]?.class, state: messages[0]?.state, message: messages[0]?.message },
      { number: 18456, class: 14, state: 1, message: "Login failed for user 'sa'." },
    );
  });

  test('unknown login: the same error and text (no hint that the login does not exist)', async () => {
    const { error, messages } = await failedLogin('no_such_login', 'whatever');
    assert.equal(error.code, 'ELOGIN');
    assert.deepEqual(
      { number: messages[0]?.number, class: messages[0]?.class, state: messages[0]?.state, message: messages[0]?.message },
      { number: 18456, class: 14, state: 1, message: "Login failed for user 'no_such_login'." },
    );
  });

  test('disabled login: the right password gets 18470, a wrong one 18456; both are throttled', async () => {
    const admin = await connect(node());
    try {
      ok(await batch(admin, "CREATE LOGIN disabled_login WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF; ALTER LOGIN disabled_login DISABLE"));
    } finally {
      await close(admin); // a successful login from this address also resets the throttle
    }
    const started: number[] = [];
    const answers: Array<Record<string, unknown>> = [];
    for (const password of ['Str0ng!Passw0rd', 'wrong-password', 'Str0ng!Passw0rd']) {
      started.push(Date.now());
      const { error, messages } = await failedLogin('disabled_login', password);
      assert.equal(error.code, 'ELOGIN');
      assert.equal(messages.length, 1, JSON.stringify(messages));
      answers.push({ number: messages[0]?.number, class: messages[0]?.class, state: messages[0]?.state, message: messages[0]?.message });
    }
    started.push(Date.now());
    assert.deepEqual(answers, [
      { number: 18470, class: 14, state: 1, message: "Login failed for user 'disabled_login'. Reason: The account is disabled." },
      { number: 18456, class: 14, state: 1, message: "Login failed for user 'disabled_login'." },
      { number: 18470, class: 14, state: 1, message: "Login failed for user 'disabled_login'. Reason: The account is disabled." },
    ]);
    // LoginThrottle's defaults: the 2nd consecutive failure waits 200 ms, the 3rd 400 ms (lower
    // bounds only: a loaded machine is slower, never faster)
    const third = (started[3] ?? 0) - (started[2] ?? 0);
    assert.ok(third >= 400, `third refused login answered after ${third} ms`);

    const sa = await connect(node());
    try {
      ok(await batch(sa, 'ALTER LOGIN disabled_login ENABLE'));
    } finally {
      await close(sa);
    }
    const enabled = await connect(node(), { user: 'disabled_login', password: 'Str0ng!Passw0rd' });
    try {
      assert.equal(scalar(ok(await batch(enabled, 'SELECT SUSER_SNAME()'))), 'disabled_login');
    } finally {
      await close(enabled);
    }
  });

  test('the node keeps serving after failed logins', async () => {
    for (let i = 0; i < 5; i++) await failedLogin('sa', `wrong-${i}`);
    const session = await connect(node());
    try {
      assert.equal(scalar(ok(await batch(session, 'SELECT 7'))), 7);
    } finally {
      await close(session);
    }
  });
});

describe('certificates and forced encryption', () => {
  test('--cert/--key: a client that verifies the certificate accepts the node', async (t) => {
    if (which('openssl') === undefined) {
      t.skip('openssl not installed (used to make the test certificate)');
      return;
    }
    const cert = writeSelfSignedCertificate(node().workDir);
    const withCert = await startNode({ name: 'MSXDCERT', args: ['--cert', cert.certPath, '--key', cert.keyPath] });
    try {
      const session = await connect(withCert, {
        encrypt: true, trustServerCertificate: false, ca: cert.certPem, serverName: 'localhost',
      });
      try {
        assert.equal(scalar(ok(await batch(session, 'SELECT 1'))), 1);
      } finally {
        await close(session);
      }
    } finally {
      await withCert.stop();
    }
  });

  test('--force-encryption: clear-text clients are refused, TLS clients log in', async () => {
    const forced = await startNode({ name: 'MSXDFORCED', args: ['--force-encryption'] });
    try {
      await assert.rejects(connect(forced, { encrypt: false }), /encrypt/i);
      const session = await connect(forced, { encrypt: true, trustServerCertificate: true });
      try {
        assert.equal(scalar(ok(await batch(session, 'SELECT 1'))), 1);
      } finally {
        await close(session);
      }
    } finally {
      await forced.stop();
    }
  });
});
