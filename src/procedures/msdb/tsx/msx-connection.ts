// Opens the target's connection to its master, as xp_msx_enlist does: the login is the credential
// of sp_msx_set_account (its identity and secret), TLS per MsxEncryptChannelOptions (2 = validate
// the master's certificate against MsxCaFile, else the host's default CA file), the address from
// the MSX name ('host[,port]'). Failures are raised here as 22026 and yield undefined.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { raise } from '../shared/agent-sql';
import { AGENT_DEFAULTS, AGENT_KEY, agentNumber, readSetting } from '../schedule-support/agent-settings';
import { msxCredential } from './msx-account';
import { parseMsxAddress } from './msx-address';
import type { MsxEncryptOption, RemoteMsxConnection, TsxHost } from './remote-msx';

function unableToConnect(msx: string, why: string): string {
  return `SQLServerAgent Error: Unable to connect to MSX '${msx}': ${why}`;
}

export function encryptOptionOf(n: number): MsxEncryptOption {
  return n === 0 || n === 1 ? n : 2;
}

export async function connectToMsx(ctx: ProcedureContext, host: TsxHost, msxName: string): Promise<RemoteMsxConnection | undefined> {
  const address = parseMsxAddress(msxName);
  if (!address) {
    await raise(ctx, 22026, unableToConnect(msxName, 'the name is not host or host,port'));
    return undefined;
  }
  const credential = await msxCredential(ctx);
  if (!credential) {
    await raise(ctx, 22026, unableToConnect(msxName,
      'no MSX account: run sp_msx_set_account with a credential (integrated connections are not supported)'));
    return undefined;
  }
  const secret = host.resolveCredential(credential.name);
  if (!secret || secret.secret === null || secret.identity.trim() === '') {
    await raise(ctx, 22026, unableToConnect(msxName, `credential '${credential.name}' has no identity and secret`));
    return undefined;
  }
  const encryptOption = encryptOptionOf(await agentNumber(ctx, 'MsxEncryptChannelOptions', AGENT_DEFAULTS.MsxEncryptChannelOptions));
  const caSetting = await readSetting(ctx, AGENT_KEY, 'MsxCaFile');
  const caText = caSetting === undefined ? '' : String(caSetting.value).trim();
  const caFile = caText !== '' ? caText : host.defaultCaFile;
  try {
    return await host.connect({
      host: address.host, port: address.port, login: secret.identity, password: secret.secret, encryptOption,
      ...(caFile !== undefined ? { caFile } : {}),
    });
  } catch (e) {
    await raise(ctx, 22026, unableToConnect(msxName, e instanceof Error ? e.message : String(e)));
    return undefined;
  }
}
