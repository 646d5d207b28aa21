// JSON_OBJECT and JSON_ARRAY (SQL Server 2022, "JSON_OBJECT (Transact-SQL)", "JSON_ARRAY
// (Transact-SQL)"): values written as FOR JSON writes them, JSON text (JSON_QUERY, a nested
// JSON_OBJECT ...) embedded as is. The engine appends two hidden arguments (json-values.ts):
// ABSENT ON NULL (bit) and the marks of the arguments that are JSON text.
import { sqlError } from '../../errors/catalog';
import type { SqlType } from '../../types/sql-type';
import { typed, type Typed } from '../../types/typed-value';
import { jsonStringLiteral } from '../json/json-escape';
import { fn, type BuiltinFunction } from './function-types';
import { hiddenFlag, isFragmentMark, toJsonText } from './json-values';

const NVARCHAR_MAX: SqlType = { kind: 'nvarchar', length: 'max' };
const HIDDEN = 2;
const UNLIMITED = Number.MAX_SAFE_INTEGER;

function split(args: readonly Typed[]): { values: readonly Typed[]; absentOnNull: boolean; marks: Typed | undefined } {
  const values = args.slice(0, Math.max(0, args.length - HIDDEN));
  return { values, absentOnNull: hiddenFlag(args[values.length]), marks: args[values.length + 1] };
}

export const jsonConstructors: readonly BuiltinFunction[] = [
  fn('JSON_OBJECT', 0, UNLIMITED, (args) => {
    const { values, absentOnNull, marks } = split(args);
    const members: string[] = [];
    for (let i = 0; i + 1 < values.length; i += 2) {
      const key = values[i]!;
      if (key.value === null) throw sqlError(13638);
      const value = toJsonText(values[i + 1]!, isFragmentMark(marks, i + 1));
      if (value === null && absentOnNull) continue;
      // A key that is not a string is written as its value would be, then quoted.
      const keyText = toJsonText(key, false)!;
      members.push(`${keyText.startsWith('"') ? keyText : jsonStringLiteral(keyText)}:${value ?? 'null'}`);
    }
    return typed(NVARCHAR_MAX, `{${members.join(',')}}`);
  }, NVARCHAR_MAX),
  fn('JSON_ARRAY', 0, UNLIMITED, (args) => {
    const { values, absentOnNull, marks } = split(args);
    const items: string[] = [];
    values.forEach((v, i) => {
      const value = toJsonText(v, isFragmentMark(marks, i));
      if (value !== null || !absentOnNull) items.push(value ?? 'null');
    });
    return typed(NVARCHAR_MAX, `[${items.join(',')}]`);
  }, NVARCHAR_MAX),
];
