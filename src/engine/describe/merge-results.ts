// Several statements can be a batch's first result set (one per control-flow path); SQL Server
// merges them ("sp_describe_first_result_set", Remarks): a different number of columns is an
// error (11509); a different name gives NULL; a nullable column on any path is nullable; a
// different type is an error, except varchar, nvarchar and varbinary of different lengths, which
// give the longer (max the longest).
import { sqlError } from '../../errors/catalog';
import type { SqlType } from '../../types/sql-type';
import type { ResultColumn } from '../result-sink';
import type { DescribedResult } from './first-result-set';

export interface Candidate {
  /** the statement's text, as 11509 quotes it */
  readonly text: string;
  readonly result: DescribedResult;
}

export function mergeCandidates(candidates: readonly Candidate[]): DescribedResult {
  const first = candidates[0]!;
  let columns = first.result.columns;
  for (const other of candidates.slice(1)) {
    const theirs = other.result.columns;
    if (theirs.length !== columns.length) throw sqlError(11509, first.text, other.text);
    columns = columns.map((c, i) => mergeColumn(c, theirs[i]!, first.text, other.text));
  }
  return { ...first.result, columns };
}

function mergeColumn(a: ResultColumn, b: ResultColumn, textA: string, textB: string): ResultColumn {
  const type = widerType(a.type, b.type);
  if (!type) throw sqlError(11509, textA, textB);
  const name = a.name.toLowerCase() === b.name.toLowerCase() ? a.name : '';
  const nullable = a.nullable || b.nullable;
  return a.identity && b.identity ? { name, type, nullable, identity: true } : { name, type, nullable };
}

const VARIABLE = new Set<SqlType['kind']>(['varchar', 'nvarchar', 'varbinary']);

function widerType(a: SqlType, b: SqlType): SqlType | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  if (a.kind !== b.kind || !VARIABLE.has(a.kind) || !('length' in a) || !('length' in b)) return undefined;
  if (a.length === 'max') return a;
  if (b.length === 'max') return b;
  return a.length >= b.length ? a : b;
}
