// xp_msver [ 'option' ] ("xp_msver (Transact-SQL)"): the documented rows Index, Name,
// Internal_Value, Character_Value, with msxd's real values: its product version (util/version.ts),
// the machine's processor count, memory and operating system (node:os). One row when an option
// names one of them (case-insensitive), none for an unknown name. Public, as in SQL Server.
import os from 'node:os';
import type { ProcedureDefinition } from '../engine/procedure-registry';
import type { SqlValue } from '../types/values';
import { PRODUCT_VERSION, PRODUCT_VERSION_STRING } from '../util/version';
import { strArg } from './msdb/schedule-support/params';

type Row = readonly [name: string, internal: number | null, character: string | null];

function rows(): Row[] {
  const cpus = os.availableParallelism();
  const memoryMb = Math.floor(os.totalmem() / 1_048_576);
  const [major = '0', minor = '0'] = os.release().split('.');
  return [
    ['ProductName', null, 'Microsoft SQL Server'],
    ['ProductVersion', PRODUCT_VERSION.major * 65536 + PRODUCT_VERSION.minor, PRODUCT_VERSION_STRING],
    ['Language', 1033, 'English (United States)'],
    ['Platform', null, os.platform() === 'win32' ? 'NT x64' : 'Linux'],
    ['Comments', null, 'SQL'],
    ['CompanyName', null, 'Microsoft Corporation'],
    ['FileDescription', null, 'SQL Server Windows NT - 64 Bit'],
    ['FileVersion', null, PRODUCT_VERSION_STRING],
    ['InternalName', null, 'SQLSERVR'],
    ['LegalCopyright', null, 'Microsoft Corp. All rights reserved.'],
    ['LegalTrademarks', null, 'Microsoft SQL Server is a registered trademark of Microsoft Corporation.'],
    ['OriginalFilename', null, 'SQLSERVR.EXE'],
    ['PrivateBuild', null, null],
    ['SpecialBuild', PRODUCT_VERSION.build * 65536 + PRODUCT_VERSION.revision, null],
    ['WindowsVersion', Number(major) * 65536 + Number(minor), `${major}.${minor}`],
    ['ProcessorCount', cpus, String(cpus)],
    ['ProcessorActiveMask', null, (2n ** BigInt(cpus) - 1n).toString(16).padStart(16, '0')],
    ['ProcessorType', os.arch() === 'arm64' ? 0 : 8664, os.arch() === 'arm64' ? 'PROCESSOR_ARCHITECTURE_ARM64' : 'PROCESSOR_AMD_X8664'],
    ['PhysicalMemory', memoryMb, `${memoryMb} (${os.totalmem()})`],
    ['Product ID', null, null],
  ];
}

export const xpMsVer: ProcedureDefinition = {
  name: 'xp_msver',
  home: 'system',
  permission: 'public',
  extended: true,
  parameters: [{ name: '@optname', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    const wanted = strArg(args.value('@optname'))?.trim().toLowerCase();
    const all = rows().map((r, i): SqlValue[] => [i + 1, r[0], r[1], r[2]]);
    const chosen = wanted === undefined || wanted === '' ? all : all.filter((r) => String(r[1]).toLowerCase() === wanted);
    await ctx.resultSet([
      { name: 'Index', type: { kind: 'int' }, nullable: true },
      { name: 'Name', type: { kind: 'nvarchar', length: 128 }, nullable: true },
      { name: 'Internal_Value', type: { kind: 'int' }, nullable: true },
      { name: 'Character_Value', type: { kind: 'nvarchar', length: 255 }, nullable: true },
    ], chosen);
    return 0;
  },
};
