// Parameters and return type of a stored module (procedure, function), read from its definition:
// msxd keeps a module as its CREATE text and parses it when called, so sys.parameters and
// INFORMATION_SCHEMA.ROUTINES.DATA_TYPE parse it too. Exposed to SQLite as msxd_module_params
// (JSON array, one object per sys.parameters row) and msxd_module_returns (type name or NULL).
import { addConnectionFunctions } from '../../store/index';
import { parseBatch } from '../../tsql/index';
import type { TypeRef } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import { maxLengthOf, precisionOf, scaleOf, systemTypeByName, typeNameOf } from './type-facts';

export interface ParameterRow {
  readonly name: string;
  readonly id: number;
  readonly systemTypeId: number;
  readonly userTypeId: number;
  readonly maxLength: number;
  readonly precision: number;
  readonly scale: number;
  readonly output: 0 | 1;
  readonly hasDefault: 0 | 1;
  readonly readonly: 0 | 1;
}

interface Signature {
  readonly params: readonly ParameterRow[];
  readonly returns: string | null;
}

const EMPTY: Signature = { params: [], returns: null };
const cache = new Map<string, Signature>();
const CACHE_LIMIT = 256;

function sqlTypeOf(t: TypeRef): SqlType | undefined {
  return t.kind === 'userType' ? undefined : t;
}

/** One sys.parameters row (also of the TypeScript procedures, database-procedures.ts). */
export function parameterRow(name: string, id: number, t: TypeRef, output: boolean, hasDefault: boolean, readonly: boolean): ParameterRow {
  const type = sqlTypeOf(t);
  const sys = type ? systemTypeByName(typeNameOf(type)) : undefined;
  return {
    name, id, systemTypeId: sys?.systemTypeId ?? 0, userTypeId: sys?.userTypeId ?? 0,
    maxLength: type ? maxLengthOf(type) : 0, precision: type ? precisionOf(type) : 0, scale: type ? scaleOf(type) : 0,
    output: output ? 1 : 0, hasDefault: hasDefault ? 1 : 0, readonly: readonly ? 1 : 0,
  };
}

function parseSignature(definition: string): Signature {
  try {
    const stmt = parseBatch(definition).statements[0];
    if (!stmt || (stmt.kind !== 'createProcedure' && stmt.kind !== 'createFunction')) return EMPTY;
    const params = stmt.params.map((p, i) => parameterRow(p.name, i + 1, p.type, p.output, p.default !== undefined, p.readonly));
    if (stmt.kind === 'createFunction' && stmt.returns.kind === 'scalar') {
      const type = sqlTypeOf(stmt.returns.type);
      return { params: [parameterRow('', 0, stmt.returns.type, true, false, false), ...params], returns: type ? typeNameOf(type) : null };
    }
    return { params, returns: stmt.kind === 'createFunction' ? 'TABLE' : null };
  } catch {
    return EMPTY;
  }
}

export function moduleSignature(definition: string): Signature {
  let s = cache.get(definition);
  if (!s) {
    s = parseSignature(definition);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(definition, s);
  }
  return s;
}

addConnectionFunctions((host) => {
  host.function('msxd_module_params', { deterministic: true }, (definition) =>
    (definition === null ? '[]' : JSON.stringify(moduleSignature(String(definition)).params)));
  host.function('msxd_module_returns', { deterministic: true }, (definition) =>
    (definition === null ? null : moduleSignature(String(definition)).returns));
});
