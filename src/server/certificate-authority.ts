// A small certificate authority for a multiserver set (`msxd ca init`, `msxd ca issue`). Targets
// validate their master's certificate by default (MsxEncryptChannelOptions = 2); trusting the
// master's self-signed certificate works for one master, while a CA lets the DBA re-issue the
// master's certificate (new host name, expiry) without touching every target: each target trusts
// the CA's certificate once (`<data>/tls/msx-ca.pem` or the MsxCaFile Agent setting).
//
// The CA key never leaves the CA folder (0600); issuing writes the node's certificate chain
// (leaf + CA) and key for `msxd serve --cert --key`.
import { webcrypto } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { KEY_ALGORITHM, SIGNING_ALGORITHM, escapeDn, randomSerial } from './certificate';

const CA_YEARS = 10;
const NODE_YEARS = 2;
export const CA_CERT_FILE = 'ca.pem';
export const CA_KEY_FILE = 'ca-key.pem';

export interface IssuedFiles {
  readonly certPath: string;
  readonly keyPath: string;
}

/** Creates `<dir>/ca.pem` and `<dir>/ca-key.pem`; refuses to replace an existing CA. */
export async function createCertificateAuthority(dir: string, commonName: string): Promise<{ certPath: string }> {
  const certPath = join(dir, CA_CERT_FILE);
  const keyPath = join(dir, CA_KEY_FILE);
  for (const p of [certPath, keyPath]) {
    if (await exists(p)) throw new Error(`${p} exists; a CA is created once (its certificate is installed on every target)`);
  }
  const keys = await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const now = new Date();
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerial(),
      name: `CN=${escapeDn(commonName)}`,
      notBefore: new Date(now.getTime() - 60_000),
      notAfter: yearsFrom(now, CA_YEARS),
      keys,
      signingAlgorithm: SIGNING_ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      ],
    },
    webcrypto,
  );
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await fs.writeFile(keyPath, await exportKeyPem(keys.privateKey), { mode: 0o600, flag: 'wx' });
  await fs.writeFile(certPath, cert.toString('pem'), { mode: 0o644, flag: 'wx' });
  return { certPath };
}

/**
 * Issues a server certificate for a node, signed by the CA in `caDir`. `hosts` are the names and
 * addresses clients use to reach the node (the subject alternative names a validating client
 * checks); the server name is the subject.
 */
export async function issueNodeCertificate(caDir: string, serverName: string, hosts: readonly string[], outDir: string): Promise<IssuedFiles> {
  if (hosts.length === 0) throw new Error('name at least one host (DNS name or IP address) the targets use to reach this node');
  const caPem = await fs.readFile(join(caDir, CA_CERT_FILE), 'utf8');
  const caCert = new x509.X509Certificate(caPem);
  const caKey = await webcrypto.subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(await fs.readFile(join(caDir, CA_KEY_FILE), 'utf8')),
    KEY_ALGORITHM, false, ['sign']);
  const keys = await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const now = new Date();
  const names: x509.JsonGeneralName[] = hosts.map((h) => ({ type: isIP(h) === 0 ? 'dns' : 'ip', value: h }));
  const cert = await x509.X509CertificateGenerator.create(
    {
      serialNumber: randomSerial(),
      subject: `CN=${escapeDn(serverName)}`,
      issuer: caCert.subject,
      notBefore: new Date(now.getTime() - 60_000),
      notAfter: yearsFrom(now, NODE_YEARS),
      signingAlgorithm: SIGNING_ALGORITHM,
      publicKey: keys.publicKey,
      signingKey: caKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
        new x509.SubjectAlternativeNameExtension(names),
        await x509.AuthorityKeyIdentifierExtension.create(caCert, false, webcrypto),
      ],
    },
    webcrypto,
  );
  await fs.mkdir(outDir, { recursive: true, mode: 0o700 });
  const certPath = join(outDir, 'cert.pem');
  const keyPath = join(outDir, 'key.pem');
  await fs.writeFile(keyPath, await exportKeyPem(keys.privateKey), { mode: 0o600 });
  // the chain, leaf first: clients that trust only the CA need nothing else
  await fs.writeFile(certPath, `${cert.toString('pem')}\n${caPem.trim()}\n`, { mode: 0o644 });
  return { certPath, keyPath };
}

async function exportKeyPem(key: webcrypto.CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

function yearsFrom(d: Date, years: number): Date {
  const r = new Date(d);
  r.setFullYear(d.getFullYear() + years);
  return r;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}
