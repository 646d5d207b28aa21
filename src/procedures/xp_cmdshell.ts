// xp_cmdshell { 'command' } [ , no_output ] ("xp_cmdshell (Transact-SQL)"): off by default, as in
// SQL Server: while sp_configure 'xp_cmdshell' is 0 (value_in_use) every call gets 15281. When
// enabled, sysadmin only (msxd has no ##xp_cmdshell_proxy_account##), the command runs with
// /bin/sh -c as the node's OS user (SQL Server: its service account), synchronously, and its
// standard output then standard error come back as SQL Server's one column `output`
// nvarchar(255): one row per line (longer lines wrap), then a NULL row; no rows with no_output.
// Return status 0 when the command exits 0, else 1. Bounded: 60 s (then the process is killed,
// as is a cancelled request's) and 1 MB of output (the rest is dropped).
import { spawn } from 'node:child_process';
import { sqlError } from '../errors/catalog';
import type { ProcedureDefinition } from '../engine/procedure-registry';
import type { SqlValue } from '../types/values';
import { strArg } from './msdb/schedule-support/params';

const TIME_LIMIT_MS = 60_000;
const OUTPUT_LIMIT_BYTES = 1_048_576;
const LINE_WIDTH = 255;

export const xpCmdShell: ProcedureDefinition = {
  name: 'xp_cmdshell',
  home: 'system',
  permission: 'public',
  extended: true,
  parameters: [
    { name: '@command_string', type: { kind: 'nvarchar', length: 4000 } },
    { name: '@no_output', type: { kind: 'nvarchar', length: 20 }, default: null },
  ],
  async run(ctx, args) {
    const [config] = await ctx.querySql("SELECT CONVERT(int, value_in_use) FROM sys.configurations WHERE name = N'xp_cmdshell';");
    if (config?.rows[0]?.[0] !== 1) throw sqlError(15281, 'procedure', 'sys.xp_cmdshell', 'xp_cmdshell', 'xp_cmdshell', 'xp_cmdshell', 'xp_cmdshell');
    if (!ctx.isSysadmin) throw sqlError(229, 'EXECUTE', 'xp_cmdshell', 'mssqlsystemresource', 'sys');
    const command = strArg(args.value('@command_string')) ?? '';
    const noOutput = (strArg(args.value('@no_output')) ?? '').trim().toLowerCase() === 'no_output';
    const { code, output } = await runShell(command, ctx.signal);
    if (!noOutput) {
      const rows: SqlValue[][] = outputLines(output).map((l) => [l]);
      rows.push([null]);
      await ctx.resultSet([{ name: 'output', type: { kind: 'nvarchar', length: LINE_WIDTH }, nullable: true }], rows);
    }
    return code === 0 ? 0 : 1;
  },
};

function runShell(command: string, signal: AbortSignal): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIME_LIMIT_MS, signal });
    const chunks: Buffer[] = [];
    let bytes = 0;
    const take = (b: Buffer): void => {
      if (bytes >= OUTPUT_LIMIT_BYTES) return;
      const part = b.subarray(0, OUTPUT_LIMIT_BYTES - bytes);
      chunks.push(part);
      bytes += part.length;
    };
    const err: Buffer[] = [];
    child.stdout.on('data', take);
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', () => { /* abort or spawn failure: reported through close */ });
    child.on('close', (code) => {
      for (const b of err) take(b);
      resolve({ code, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

function outputLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (line.length <= LINE_WIDTH) out.push(line);
    else for (let i = 0; i < line.length; i += LINE_WIDTH) out.push(line.slice(i, i + LINE_WIDTH));
  }
  return out;
}
