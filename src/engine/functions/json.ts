// ISJSON, JSON_VALUE, JSON_QUERY, JSON_PATH_EXISTS, JSON_MODIFY ("ISJSON", "JSON_VALUE",
// "JSON_QUERY", "JSON_PATH_EXISTS", "JSON_MODIFY (Transact-SQL)"; JSON_OBJECT / JSON_ARRAY are in
// json-constructors.ts), over the one JSON reader and path parser of engine/json.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import { isString } from '../../types/categories';
import type { SqlType } from '../../types/sql-type';
import { typed, type Typed } from '../../types/typed-value';
import { lookup } from '../json/json-lookup';
import { modifyJson } from '../json/json-modify';
import { parseJsonPath, type JsonPath } from '../json/json-path';
import { JsonText } from '../json/json-text';
import { fn, INT_TYPE, invalidArgType, type BuiltinFunction } from './function-types';
import { hiddenFlag, toJsonText } from './json-values';
import { jsonConstructors } from './json-constructors';

const BIT_TYPE: SqlType = { kind: 'bit' };
const NVARCHAR_4000: SqlType = { kind: 'nvarchar', length: 4000 };
const NVARCHAR_MAX: SqlType = { kind: 'nvarchar', length: 'max' };
/** JSON_VALUE's nvarchar(4000) */
const MAX_SCALAR_LENGTH = 4000;
/** states SQL Server raises the strict-mode errors of JSON_VALUE / JSON_QUERY with */
const STRICT_STATE = { MISSING: 1, WRONG_KIND: 2 } as const;

/**
 * The document argument's text; only character strings are JSON text (8116 otherwise), the bare
 * NULL literal (typed int) is a NULL document.
 */
function documentText(name: string, args: readonly Typed[]): string | undefined {
  const a = args[0]!;
  if (a.value === null && a.literal === true) return undefined;
  if (!isString(a.type)) invalidArgType(name, a.type, 1);
  return a.value === null ? undefined : String(a.value);
}

/**
 * The path argument, parsed. A NULL path is refused even over a NULL document: a NULL literal
 * while compiling (lower-case name, state 1, for JSON_VALUE / JSON_MODIFY), any other NULL when
 * it runs (the name in capitals, state 8).
 */
function pathArg(name: string, args: readonly Typed[], options: { allowAppend?: boolean } = {}): JsonPath {
  const a = args[1]!;
  if (a.value === null) {
    const compiled = a.literal === true && (name === 'JSON_VALUE' || name === 'JSON_MODIFY');
    throw sqlErrorWithState(8116, compiled ? 1 : 8, 'NULL', 2, compiled ? name.toLowerCase() : name);
  }
  if (!isString(a.type)) invalidArgType(name, a.type, 2);
  return parseJsonPath(String(a.value), options);
}

/** 13609: the text is not JSON (ISJSON and JSON_PATH_EXISTS answer 0 instead of raising) */
function isJsonTextError(e: unknown): boolean {
  return e instanceof SqlError && e.number === 13609;
}

const ROOT_PATH: JsonPath = { mode: 'lax', append: false, steps: [] };

/** ISJSON's json_type_constraint keywords (SQL Server 2022), as the parser passes them */
const TYPE_CONSTRAINTS = ['value', 'array', 'object', 'scalar'] as const;
type TypeConstraint = (typeof TYPE_CONSTRAINTS)[number];

function isJson(text: string, constraint: TypeConstraint | undefined): boolean {
  const doc = new JsonText(text);
  let kind;
  try {
    kind = doc.validate(doc.skipWhitespace(0)).kind;
  } catch (e) {
    if (isJsonTextError(e)) return false;
    throw e;
  }
  switch (constraint) {
    case undefined: return kind === 'object' || kind === 'array';
    case 'value': return true;
    case 'array': return kind === 'array';
    case 'object': return kind === 'object';
    case 'scalar': return kind === 'string' || kind === 'number';
    default: {
      const never: never = constraint;
      return never;
    }
  }
}

function typeConstraint(args: readonly Typed[]): TypeConstraint | undefined {
  const a = args[1];
  if (!a) return undefined;
  const word = String(a.value).toLowerCase();
  const found = TYPE_CONSTRAINTS.find((c) => c === word);
  if (!found) throw sqlError(155, String(a.value), 'isjson');
  return found;
}

export const jsonFunctions: readonly BuiltinFunction[] = [
  fn('ISJSON', 1, 2, (args) => {
    const text = documentText('ISJSON', args);
    const constraint = typeConstraint(args);
    if (text === undefined) return typed(INT_TYPE, null);
    return typed(INT_TYPE, isJson(text, constraint) ? 1 : 0);
  }, INT_TYPE),
  fn('JSON_VALUE', 2, 2, (args) => {
    const path = pathArg('JSON_VALUE', args);
    const text = documentText('JSON_VALUE', args);
    if (text === undefined) return typed(NVARCHAR_4000, null);
    const doc = new JsonText(text);
    const span = lookup(doc, path.steps);
    const strict = path.mode === 'strict';
    if (!span) {
      if (strict) throw sqlErrorWithState(13608, STRICT_STATE.MISSING);
      return typed(NVARCHAR_4000, null);
    }
    if (span.kind === 'object' || span.kind === 'array') {
      if (strict) throw sqlErrorWithState(13623, STRICT_STATE.WRONG_KIND);
      return typed(NVARCHAR_4000, null);
    }
    if (span.kind === 'null') return typed(NVARCHAR_4000, null);
    const value = span.kind === 'string' ? doc.decodeString(span.start, span.end) : text.slice(span.start, span.end);
    if (value.length > MAX_SCALAR_LENGTH) {
      if (strict) throw sqlError(13625);
      return typed(NVARCHAR_4000, null);
    }
    return typed(NVARCHAR_4000, value);
  }, NVARCHAR_4000),
  fn('JSON_QUERY', 1, 2, (args) => {
    const path = args.length > 1 ? pathArg('JSON_QUERY', args) : ROOT_PATH;
    const text = documentText('JSON_QUERY', args);
    if (text === undefined) return typed(NVARCHAR_MAX, null);
    const span = lookup(new JsonText(text), path.steps);
    const strict = path.mode === 'strict';
    if (!span) {
      if (strict) throw sqlErrorWithState(13608, STRICT_STATE.MISSING);
      return typed(NVARCHAR_MAX, null);
    }
    if (span.kind === 'object' || span.kind === 'array') return typed(NVARCHAR_MAX, text.slice(span.start, span.end));
    // A JSON null is "no object or array" in both modes.
    if (strict && span.kind !== 'null') throw sqlErrorWithState(13624, STRICT_STATE.WRONG_KIND);
    return typed(NVARCHAR_MAX, null);
  }, NVARCHAR_MAX),
  // "does not return errors": text that is not JSON, or a strict-mode miss, is 0 (a malformed
  // path is still 13607).
  fn('JSON_PATH_EXISTS', 2, 2, (args) => {
    const path = pathArg('JSON_PATH_EXISTS', args);
    const text = documentText('JSON_PATH_EXISTS', args);
    if (text === undefined) return typed(BIT_TYPE, null);
    try {
      return typed(BIT_TYPE, lookup(new JsonText(text), path.steps) !== undefined);
    } catch (e) {
      if (isJsonTextError(e)) return typed(BIT_TYPE, false);
      throw e;
    }
  }, BIT_TYPE),
  // The engine passes a hidden fourth argument: whether newValue is JSON text (json-values.ts).
  fn('JSON_MODIFY', 3, 3, (args) => {
    const path = pathArg('JSON_MODIFY', args, { allowAppend: true });
    const text = documentText('JSON_MODIFY', args);
    if (text === undefined) return typed(NVARCHAR_MAX, null);
    return typed(NVARCHAR_MAX, modifyJson(text, path, toJsonText(args[2]!, hiddenFlag(args[3]))));
  }, NVARCHAR_MAX),
  ...jsonConstructors,
];
