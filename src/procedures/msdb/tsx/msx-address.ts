// @msx_server_name as a network address: 'host', 'host,port' (SQL Server's client syntax) or
// 'host\instance' (no SQL Browser here: the instance part is ignored, the port defaults to 1433).

export const DEFAULT_MSX_PORT = 1433;

export interface MsxAddress {
  readonly host: string;
  readonly port: number;
}

/** undefined when the port is not a number in 1..65535 or the host is empty */
export function parseMsxAddress(name: string): MsxAddress | undefined {
  const comma = name.lastIndexOf(',');
  const hostPart = (comma < 0 ? name : name.slice(0, comma)).trim();
  const host = (hostPart.split('\\')[0] ?? '').trim();
  if (host === '') return undefined;
  if (comma < 0) return { host, port: DEFAULT_MSX_PORT };
  const portText = name.slice(comma + 1).trim();
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) return undefined;
  return { host, port };
}
