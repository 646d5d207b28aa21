// xp_servicecontrol (master, undocumented extended procedure of xpstar): `EXEC
// master.dbo.xp_servicecontrol N'QueryState', N'SQLServerAGENT'` is how DBAs and monitoring
// scripts ask whether SQL Server Agent runs. It answers one result set, one row, column `Current
// Service State`: 'Running.' or 'Stopped.'. The state is the one sys.dm_server_services shows (the
// node fills it: src/server/node-services.ts), read through the view so both always agree.
//
// Start, stop, pause and continue are refused: the node's agent runs inside the node's process
// and starts with it (`msxd serve`, or not with --no-agent); T-SQL cannot start or stop it. SQL
// Server's nearest answer is the one it gives when its service account may not control the
// service: 22003 "StartService() returned error 5, 'Access is denied.'" (ControlService() for the
// others). An unknown service name is OpenService()'s 1060, as on a server without that service.
import { sqlError } from '../errors/catalog';
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { strArg } from './msdb/schedule-support/params';

const NVARCHAR_128 = { kind: 'nvarchar', length: 128 } as const;

/** Windows system error codes and their texts (winerror.h), as xpstar quotes them */
const WINDOWS_ERROR = {
  accessDenied: { code: 5, text: 'Access is denied.' },
  invalidParameter: { code: 87, text: 'The parameter is incorrect.' },
  serviceDoesNotExist: { code: 1060, text: 'The specified service does not exist as an installed service.' },
} as const;

/** the actions xp_servicecontrol takes (case-insensitive) and the Windows API each one calls */
const ACTIONS = {
  querystate: 'QueryServiceStatus',
  start: 'StartService',
  stop: 'ControlService',
  pause: 'ControlService',
  continue: 'ControlService',
} as const;

/** Windows service names of a default instance → sys.dm_server_services.servicename */
const SERVICES: Readonly<Record<string, string>> = {
  MSSQLSERVER: 'SQL Server (MSSQLSERVER)',
  SQLSERVERAGENT: 'SQL Server Agent (MSSQLSERVER)',
};

/** sys.dm_server_services.status → the text xpstar answers */
const STATE_TEXT: Readonly<Record<number, string>> = {
  1: 'Stopped.', 2: 'Starting.', 3: 'Stopping.', 4: 'Running.', 5: 'Continuing.', 6: 'Pausing.', 7: 'Paused.',
};

export const xpServiceControl: ProcedureDefinition = {
  name: 'xp_servicecontrol',
  home: 'system',
  permission: 'sysadmin',
  extended: true,
  parameters: [{ name: '@action', type: NVARCHAR_128 }, { name: '@servicename', type: NVARCHAR_128 }],
  async run(ctx, args) {
    const action = (strArg(args.value('@action')) ?? '').trim().toLowerCase();
    const service = SERVICES[(strArg(args.value('@servicename')) ?? '').trim().toUpperCase()];
    if (!isAction(action)) throw windowsFailure('ControlService', WINDOWS_ERROR.invalidParameter);
    if (service === undefined) throw windowsFailure('OpenService', WINDOWS_ERROR.serviceDoesNotExist);
    if (action !== 'querystate') throw windowsFailure(ACTIONS[action], WINDOWS_ERROR.accessDenied);
    const [services] = await ctx.querySql(
      'SELECT CONVERT(int, status) FROM sys.dm_server_services WHERE servicename = @service;',
      new Map([['@service', { type: NVARCHAR_128, value: service }]]),
    );
    const status = services?.rows[0]?.[0];
    const text = typeof status === 'number' ? STATE_TEXT[status] : undefined;
    await ctx.resultSet([{ name: 'Current Service State', type: { kind: 'nvarchar', length: 256 }, nullable: true }], [[text ?? 'Stopped.']]);
    return 0;
  },
};

function isAction(action: string): action is keyof typeof ACTIONS {
  return Object.hasOwn(ACTIONS, action);
}

function windowsFailure(api: string, error: { readonly code: number; readonly text: string }): Error {
  return sqlError(22003, api, error.code, error.text);
}
