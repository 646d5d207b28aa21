// xp_fixeddrives (master, undocumented extended procedure DBAs call in space checks): one row per
// fixed drive, `drive` and `MB free`. On Linux there are no drive letters: msxd answers one row
// for the file system that holds its data folder, `drive` being that file system's mount point
// (the longest entry of /proc/self/mounts containing the folder; '/' when unknown) and `MB free`
// the space available to the node's user (statfs bavail × bsize). The data folder is found
// through sys.master_files (master's file). sysadmin, as SQL Server.
import { statfsSync } from 'node:fs';
import path from 'node:path';
import type { ProcedureContext, ProcedureDefinition } from '../engine/procedure-registry';
import { mountOf } from '../util/mounts';

const MB = 1_048_576;

export const xpFixedDrives: ProcedureDefinition = {
  name: 'xp_fixeddrives',
  home: 'system',
  permission: 'sysadmin',
  extended: true,
  parameters: [],
  async run(ctx) {
    const folder = await dataFolder(ctx);
    const fs = statfsSync(folder);
    await ctx.resultSet([
      { name: 'drive', type: { kind: 'nvarchar', length: 256 }, nullable: true },
      { name: 'MB free', type: { kind: 'int' }, nullable: true },
    ], [[mountOf(folder).mountPoint, Math.floor((fs.bavail * fs.bsize) / MB)]]);
    return 0;
  },
};

/** the folder holding master's file (the node's data folder) */
export async function dataFolder(ctx: ProcedureContext): Promise<string> {
  const [files] = await ctx.querySql('SELECT physical_name FROM sys.master_files WHERE database_id = 1 AND file_id = 1;');
  const file = files?.rows[0]?.[0];
  return typeof file === 'string' ? path.dirname(file) : process.cwd();
}
