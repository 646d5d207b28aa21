// msxd-only (TSX side): what the node's own agent needs to poll its master, as one row:
// msx_server (MSXServerName as enlisted), host, port, login, password (the MSX credential's
// decrypted secret), encrypt_option (MsxEncryptChannelOptions 0/1/2), ca_file, poll_interval
// (MSXPollInterval), local_server. SQL Server's agent reads the registry and LSA secrets itself;
// msxd's agent is a client of its node and has only procedures. No row when this node is not
// enlisted or has no usable MSX account. sysadmin only (229), since it hands out a password;
// the agent's login is sysadmin (src/server/agent-host.ts).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { queryRow } from './shared/agent-sql';
import { ilit, nlit } from './shared/sql-text';
import { AGENT_DEFAULTS, AGENT_KEY, agentNumber, readSetting } from './schedule-support/agent-settings';
import { currentMsxServer } from './job-support/agent-registry';
import { msxCredential } from './tsx/msx-account';
import { parseMsxAddress } from './tsx/msx-address';
import { encryptOptionOf } from './tsx/msx-connection';
import type { TsxHost } from './tsx/remote-msx';

export function msxConnectionProcedure(host: TsxHost): ProcedureDefinition {
  return {
    name: 'sp_msxd_get_msx_connection',
    home: 'msdb',
    permission: 'sysadmin',
    parameters: [],
    async run(ctx) {
      const empty = 'SELECT TOP (0) CONVERT(sysname, NULL) AS msx_server';
      const msx = await currentMsxServer(ctx);
      const address = msx === undefined ? undefined : parseMsxAddress(msx);
      const credential = address ? await msxCredential(ctx) : undefined;
      const secret = credential ? host.resolveCredential(credential.name) : undefined;
      if (msx === undefined || !address || !secret || secret.secret === null) {
        await ctx.executeSql(`SET NOCOUNT ON; ${empty};`);
        return 0;
      }
      const encrypt = encryptOptionOf(await agentNumber(ctx, 'MsxEncryptChannelOptions', AGENT_DEFAULTS.MsxEncryptChannelOptions));
      const ca = await readSetting(ctx, AGENT_KEY, 'MsxCaFile');
      const caText = ca === undefined ? '' : String(ca.value).trim();
      const caFile = caText !== '' ? caText : host.defaultCaFile ?? null;
      const poll = await agentNumber(ctx, 'MSXPollInterval', AGENT_DEFAULTS.MSXPollInterval);
      const local = await queryRow(ctx, 'SELECT CONVERT(sysname, @@SERVERNAME) AS n');
      await ctx.executeSql(`SET NOCOUNT ON;
SELECT CONVERT(sysname, ${nlit(msx)}) AS msx_server, CONVERT(nvarchar(256), ${nlit(address.host)}) AS host,
       CONVERT(int, ${ilit(address.port)}) AS port, CONVERT(sysname, ${nlit(secret.identity)}) AS login,
       CONVERT(nvarchar(4000), ${nlit(secret.secret)}) AS password, CONVERT(int, ${ilit(encrypt)}) AS encrypt_option,
       CONVERT(nvarchar(1024), ${nlit(caFile)}) AS ca_file, CONVERT(int, ${ilit(poll)}) AS poll_interval,
       CONVERT(sysname, ${nlit(String(local?.n ?? ''))}) AS local_server;`);
      return 0;
    },
  };
}
