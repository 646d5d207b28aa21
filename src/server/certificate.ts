// The node's TLS certificate. With --cert/--key the operator's files are used; otherwise a
// self-signed one is created at first start in <data>/tls/ and reused on later starts, so clients
// that pinned it (TrustServerCertificate or a trust store) keep working across restarts.
import { webcrypto } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
// @peculiar/x509 loads tsyringe, which needs the Reflect metadata polyfill loaded first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

export interface CertificatePair {
  readonly certPem: string;
  readonly keyPem: string;
  /** true when this call created the files */
  readonly created: boolean;
}

const VALID_YEARS = 10;
// ECDSA P-256: signing a handshake costs a few tens of microseconds, an RSA-2048 key about a
// millisecond, and TLS login time is on the node's performance budget.
export const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

export async function loadOrCreateCertificate(dataDir: string, serverName: string): Promise<CertificatePair> {
  const dir = join(dataDir, 'tls');
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  try {
    const [certPem, keyPem] = await Promise.all([fs.readFile(certPath, 'utf8'), fs.readFile(keyPath, 'utf8')]);
    return { certPem, keyPem, created: false };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const { certPem, keyPem } = await createSelfSigned(serverName);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await fs.writeFile(keyPath, keyPem, { mode: 0o600 });
  await fs.writeFile(certPath, certPem, { mode: 0o644 });
  return { certPem, keyPem, created: true };
}

export async function createSelfSigned(serverName: string): Promise<{ certPem: string; keyPem: string }> {
  const crypto = webcrypto;
  const keys = await crypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const now = new Date();
  const notAfter = new Date(now);
  notAfter.setFullYear(now.getFullYear() + VALID_YEARS);
  const names: x509.JsonGeneralName[] = [
    { type: 'dns', value: 'localhost' },
    { type: 'ip', value: '127.0.0.1' },
  ];
  const host = serverName.split('\\')[0]!.toLowerCase();
  if (/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(host) && host !== 'localhost') names.push({ type: 'dns', value: host });
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerial(),
      name: `CN=${escapeDn(serverName)}`,
      notBefore: new Date(now.getTime() - 60_000),
      notAfter,
      keys,
      signingAlgorithm: SIGNING_ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
        new x509.SubjectAlternativeNameExtension(names),
      ],
    },
    crypto,
  );
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { certPem: cert.toString('pem'), keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY') };
}

/** 16 random bytes as hex with a clear top bit, so the DER integer stays positive. */
export function randomSerial(): string {
  return Buffer.from(webcrypto.getRandomValues(new Uint8Array(16))).toString('hex').replace(/^[89a-f]/, '1');
}

export function escapeDn(value: string): string {
  return value.replace(/[,+"\\<>;=#]/g, (c) => `\\${c}`);
}
