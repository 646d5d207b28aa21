// CREATE / ALTER / CREATE OR ALTER of views, procedures and functions: the module's T-SQL text is
// kept exactly as written (the whole batch, comments included, as sys.sql_modules.definition and
// sp_helptext show it) and parsed again when the module is used. Names are resolved when the
// module runs, not when it is created (deferred name resolution).
import { sqlError } from '../../errors/catalog';
import type { CreateMode, FunctionStatement, ObjectName, ProcedureStatement, ViewStatement } from '../../tsql/ast';
import { findObject, insertObject, schemaId, updateDefinition, type ObjectType } from '../ddl/catalog-rows';
import { nowTicks } from '../ddl/now-ticks';
import { qualify } from '../ddl/object-names';
import { writeDdl } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';
import { notSupportedExpression } from '../statements/not-supported';

export type ModuleStatement = ViewStatement | ProcedureStatement | FunctionStatement;

export function moduleType(stmt: ModuleStatement): ObjectType {
  switch (stmt.kind) {
    case 'createView': return 'V';
    case 'createProcedure': return 'P';
    case 'createFunction':
      return stmt.returns.kind === 'scalar' ? 'FN' : stmt.returns.kind === 'inlineTable' ? 'IF' : 'TF';
    default: {
      const never: never = stmt;
      throw new Error(`unknown module ${String(never)}`);
    }
  }
}

const FUNCTION_TYPES = new Set(['FN', 'IF', 'TF']);

function compatible(existing: string, wanted: string): boolean {
  return existing === wanted || (FUNCTION_TYPES.has(existing) && FUNCTION_TYPES.has(wanted));
}

const STATEMENT_WORDS: Partial<Record<ObjectType, string>> = { V: 'CREATE/ALTER VIEW', P: 'CREATE/ALTER PROCEDURE' };

export async function storeModule(scope: Scope, name: ObjectName, mode: CreateMode, type: ObjectType, text: string): Promise<void> {
  if (name.database) throw sqlError(166, STATEMENT_WORDS[type] ?? 'CREATE/ALTER FUNCTION');
  const q = qualify(scope, name);
  if (q.temp) throw notSupportedExpression('temporary procedures and views');
  await writeDdl(scope, [q.database], (s) => {
    const db = s.sqliteSchema(q.database);
    const sc = schemaId(s, db, q.schema);
    const existing = findObject(s, db, sc.name, q.name);
    const now = nowTicks(scope);
    if (existing) {
      if (mode === 'create') throw sqlError(2714, q.name);
      if (!compatible(existing.type, type)) throw sqlError(2010, q.name);
      updateDefinition(s, db, existing.objectId, text, now);
      // A function may change between scalar and table-valued on ALTER.
      if (existing.type !== type) s.run(`UPDATE ${db}.__msxd_objects SET type = ? WHERE object_id = ?`, [type, existing.objectId]);
      return;
    }
    if (mode === 'alter') throw sqlError(208, q.name);
    insertObject(s, db, { schemaId: sc.id, name: q.name, type, definition: text }, now);
  });
}
