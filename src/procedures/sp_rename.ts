// sp_rename [@objname =] 'name', [@newname =] 'new_name' [, [@objtype =] 'OBJECT' | 'COLUMN' | 'INDEX']:
// renames a table, view, routine or constraint ('schema.name'), a column ('schema.table.column',
// 'COLUMN') or an index ('schema.table.index', 'INDEX') of the current database, then warns
// with 15477 "Caution: Changing any part of an object name ...". The new name is taken as written
// (a qualified new name becomes part of the name, as in SQL Server). 15249 unknown @objtype,
// 15223 NULL new name, 15253 an unparsable name, 15333 another database, 15248 nothing of the
// given kind by that name (15225 without @objtype), 15335 the new name is taken. Renaming databases, user data types and
// statistics is not supported (15248).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-rename-transact-sql
import { sqlError } from '../errors/catalog';
import { SqlError } from '../errors/sql-error';
import type { ProcedureContext, ProcedureDefinition, RenameRequest } from '../engine/procedure-registry';
import { text } from './catalog-sql';
import { nameParts } from './object-name-parts';

const OBJECT_TYPES = ['OBJECT', 'COLUMN', 'INDEX', 'DATABASE', 'USERDATATYPE', 'STATISTICS'] as const;
type ObjectTypeWord = (typeof OBJECT_TYPES)[number];

/** nothing of that kind by that name: 15248, or 15333 when a column's schema.table.column reads as db.schema.object */
const NOT_FOUND: readonly number[] = [15248, 15333];

const isTypeWord = (word: string): word is ObjectTypeWord => (OBJECT_TYPES as readonly string[]).includes(word);

export const spRename: ProcedureDefinition = {
  name: 'sp_rename',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@objname', type: { kind: 'nvarchar', length: 1035 } },
    { name: '@newname', type: { kind: 'nvarchar', length: 128 } },
    { name: '@objtype', type: { kind: 'varchar', length: 13 }, default: null },
  ],
  async run(ctx, args) {
    const given = text(args.value('@objtype'));
    const objtype = given === undefined ? 'OBJECT' : given.trim().toUpperCase();
    if (!isTypeWord(objtype)) throw sqlError(15249, given ?? '');
    const newName = text(args.value('@newname'));
    if (newName === undefined) throw sqlError(15223, 'NewName');
    const objname = text(args.value('@objname')) ?? '';
    const parts = nameParts(objname);
    if (!parts || parts.some((p) => p === '')) throw sqlError(15253, objname);
    if (given !== undefined) {
      await ctx.rename(renameRequest(objtype, parts, newName, ctx.database));
    } else if (!(await renameFirstFound(ctx, parts, newName))) {
      throw sqlError(15225, objname, ctx.database, '(null)');
    }
    ctx.info(sqlError(15477));
    return 0;
  },
};

/**
 * Without @objtype SQL Server looks for an object by that name, then for a column and an index
 * (`'t.c'` renames column c of t); 15225 when none matches.
 */
async function renameFirstFound(ctx: ProcedureContext, parts: readonly string[], newName: string): Promise<boolean> {
  for (const objtype of ['OBJECT', 'COLUMN', 'INDEX'] as const) {
    try {
      await ctx.rename(renameRequest(objtype, parts, newName, ctx.database));
      return true;
    } catch (e) {
      if (!(e instanceof SqlError) || !NOT_FOUND.includes(e.number)) throw e;
    }
  }
  return false;
}

function renameRequest(objtype: ObjectTypeWord, parts: readonly string[], newName: string, database: string): RenameRequest {
  const itemParts = objtype === 'OBJECT' ? 1 : 2;
  if (parts.length < itemParts || parts.length > itemParts + 2) throw sqlError(15248, objtype);
  const extra = parts.length - itemParts;
  const named = extra === 2 ? parts[0] : undefined;
  if (named !== undefined && named.toLowerCase() !== database.toLowerCase()) throw sqlError(15333, named);
  const schema = extra > 0 ? parts[extra - 1] : undefined;
  const names = parts.slice(extra);
  switch (objtype) {
    case 'OBJECT':
      return { kind: 'object', ...(schema === undefined ? {} : { schema }), name: names[0] ?? '', newName };
    case 'COLUMN':
    case 'INDEX':
      return {
        kind: objtype === 'COLUMN' ? 'column' : 'index', ...(schema === undefined ? {} : { schema }),
        table: names[0] ?? '', item: names[1] ?? '', newName,
      };
    case 'DATABASE':
    case 'USERDATATYPE':
    case 'STATISTICS':
      throw sqlError(15248, objtype);
    default: {
      const never: never = objtype;
      return never;
    }
  }
}
