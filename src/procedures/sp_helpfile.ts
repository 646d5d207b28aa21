// sp_helpfile [[@filename =] 'name']: the current database's files (name, fileid, filename,
// filegroup, size, maxsize, growth, usage), or the one with that logical name (no row when none).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpfile-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';
import { FILE_LIST_COLUMNS } from './file-list-sql';

export const spHelpFile: ProcedureDefinition = {
  name: 'sp_helpfile',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@filename', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    const name = text(args.value('@filename'));
    const where = name === undefined ? '' : `WHERE f.name = ${nstr(name)}`;
    await ctx.executeSql(`SELECT ${FILE_LIST_COLUMNS} FROM sys.database_files f ${where} ORDER BY f.file_id`);
  },
};
