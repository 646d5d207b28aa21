// A throw-away self-signed certificate for the --cert/--key tests, made with the openssl CLI
// (@peculiar/x509 needs a reflect-metadata polyfill that is not installed). Subject and SAN are
// "localhost", so a client that verifies against this certificate as its CA accepts it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface CertificateFiles {
  readonly certPath: string;
  readonly keyPath: string;
  readonly certPem: string;
}

export function writeSelfSignedCertificate(dir: string): CertificateFiles {
  const certPath = path.join(dir, 'test-cert.pem');
  const keyPath = path.join(dir, 'test-key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost',
    '-keyout', keyPath, '-out', certPath], { stdio: 'pipe' });
  return { certPath, keyPath, certPem: readFileSync(certPath, 'utf8') };
}
