// The engine's only door to the parser: batches (through the shared cache) and the parameter
// declaration strings of sp_executesql / sp_prepare, read by parsing them as a procedure header.
import { sqlError } from '../errors/catalog';
import { SqlError } from '../errors/sql-error';
import { followingErrors, parseBatch } from '../tsql';
import type { Batch, RoutineParam } from '../tsql/ast';
import type { EngineContext } from './engine-context';

export function parseCached(text: string, engine: EngineContext): Batch {
  return engine.parseCache.get(text, parseBatch);
}

// Clients send the same few declaration strings with every sp_executesql call: the parsed list is
// kept by text (ASTs are immutable, so it is shared by every session), the oldest dropped first.
const declarationCache = new Map<string, readonly RoutineParam[]>();
const DECLARATION_CACHE_ENTRIES = 512;

/** '@a int, @b nvarchar(10) OUTPUT' -> parameters; 4124 when the text is not a parameter list. */
export function parseParameterDeclarations(text: string, engine: EngineContext): readonly RoutineParam[] {
  const known = declarationCache.get(text);
  if (known) return known;
  const params = parseDeclarations(text, engine);
  if (declarationCache.size >= DECLARATION_CACHE_ENTRIES) {
    declarationCache.delete(declarationCache.keys().next().value as string);
  }
  declarationCache.set(text, params);
  return params;
}

function parseDeclarations(text: string, engine: EngineContext): readonly RoutineParam[] {
  if (text.trim() === '') return [];
  let batch: Batch;
  try {
    batch = parseCached(`CREATE PROCEDURE msxd_params ${text} AS RETURN`, engine);
  } catch (e) {
    if (e instanceof SqlError) throw sqlError(4124);
    throw e;
  }
  const stmt = batch.statements[0];
  if (batch.statements.length !== 1 || !stmt || stmt.kind !== 'createProcedure') throw sqlError(4124);
  return stmt.params;
}

/** A parse failure as SQL Server sends it: the error, then its companions (105 is followed by 102). */
export function parseFailureMessages(e: SqlError): readonly SqlError[] {
  return [e, ...followingErrors(e)];
}
