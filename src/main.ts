#!/usr/bin/env node
// Command line: `msxd serve --port <n> --data <dir> --name <SERVERNAME> [--host <addr>]
// [--cert <pem> --key <pem>] [--force-encryption] [--no-agent]`. The composition root: everything else is
// the MsxdNode library object. stdout carries exactly one line, the listening line; logs go to
// stderr (pino), and so does the one-time notice of a generated sa password (never logged).
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { createAgent } from './agent';
import { createCertificateAuthority, issueNodeCertificate } from './server/certificate-authority';
import { defaultLogger, defaultServerName, MsxdNode } from './server/node';
import { PRODUCT_VERSION_STRING } from './util/version';

interface ServeOptions {
  port: number;
  host: string;
  data: string;
  name?: string;
  cert?: string;
  key?: string;
  forceEncryption?: boolean;
  /** commander's --no-agent: false when given */
  agent: boolean;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is an integer 0..65535');
  return n;
}

async function serve(opts: ServeOptions): Promise<void> {
  if ((opts.cert === undefined) !== (opts.key === undefined)) {
    throw new InvalidArgumentError('--cert and --key go together');
  }
  const logger = defaultLogger();
  const serverName = opts.name ?? defaultServerName();
  const node = await MsxdNode.start({
    host: opts.host,
    port: opts.port,
    dataDir: opts.data,
    serverName,
    ...(opts.cert !== undefined && opts.key !== undefined
      ? { certPem: readFileSync(opts.cert, 'utf8'), keyPem: readFileSync(opts.key, 'utf8') }
      : {}),
    forceEncryption: opts.forceEncryption === true,
    agent: opts.agent ? createAgent : false,
    logger,
  });
  if (node.generatedSaPassword) {
    process.stderr.write(
      `msxd generated the sa password (also in ${node.generatedSaPassword.path}): ${node.generatedSaPassword.password}\n`,
    );
  }
  const { host, port } = node.address();
  process.stdout.write(`msxd ${serverName} listening on ${host}:${port}\n`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    node.stop().then(
      () => {
        logger.flush();
        process.exit(0);
      },
      (e: unknown) => {
        logger.error({ err: e instanceof Error ? e.message : String(e) }, 'shutdown failed');
        logger.flush();
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

const program = new Command('msxd').version(PRODUCT_VERSION_STRING).description('SQL Server Agent multiserver node speaking TDS');

program
  .command('serve')
  .description('run a node: listen for TDS clients')
  .requiredOption('--port <n>', 'TCP port (0 picks a free one)', parsePort)
  .option('--host <addr>', 'address to listen on', '127.0.0.1')
  .option('--data <dir>', 'data folder', './data')
  .option('--name <SERVERNAME>', 'server name (@@SERVERNAME); default: this host name in upper case')
  .option('--cert <pem>', 'TLS certificate chain (PEM); default: a self-signed one in <data>/tls/')
  .option('--key <pem>', 'TLS private key (PEM) for --cert')
  .option('--force-encryption', 'refuse clients that do not encrypt the whole session')
  .option('--no-agent', 'do not start the node\'s SQL Server Agent')
  .action(async (opts: ServeOptions) => {
    try {
      await serve(opts);
    } catch (e) {
      process.stderr.write(`msxd: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    }
  });

// A CA for a multiserver set: targets trust its certificate once, the master serves one it issued.
const ca = program.command('ca').description('a certificate authority for a master and its targets');
ca.command('init')
  .description('create <dir>/ca.pem (install on every target) and <dir>/ca-key.pem (keep secret)')
  .requiredOption('--dir <dir>', 'folder for the CA')
  .option('--name <cn>', 'the CA\'s common name', 'msxd multiserver CA')
  .action(async (opts: { dir: string; name: string }) => {
    await runCommand(async () => {
      const { certPath } = await createCertificateAuthority(opts.dir, opts.name);
      process.stdout.write(`CA certificate ${certPath}\n`);
    });
  });
ca.command('issue')
  .description('issue a node certificate signed by the CA, for msxd serve --cert <out>/cert.pem --key <out>/key.pem')
  .requiredOption('--ca <dir>', 'the CA folder (from msxd ca init)')
  .requiredOption('--name <SERVERNAME>', 'the node\'s server name (certificate subject)')
  .requiredOption('--host <name...>', 'DNS names or IP addresses clients use to reach the node')
  .requiredOption('--out <dir>', 'folder for cert.pem (chain) and key.pem')
  .action(async (opts: { ca: string; name: string; host: string[]; out: string }) => {
    await runCommand(async () => {
      const { certPath, keyPath } = await issueNodeCertificate(opts.ca, opts.name, opts.host, opts.out);
      process.stdout.write(`certificate ${certPath}\nkey ${keyPath}\n`);
    });
  });

async function runCommand(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (e) {
    process.stderr.write(`msxd: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}

void program.parseAsync(process.argv);
