// FOR XML (RAW, PATH) and FOR JSON (PATH, AUTO): the query's rows are folded by the msxd_for
// aggregate into one text value, formatted as SQL Server formats them (NULL values omitted unless
// INCLUDE_NULL_VALUES, XML escaped, dates ISO 8601, binary base64). A top-level FOR clause returns
// one column named XML_F52E2B61-18A1-11d1-B105-00805F49916B / JSON_F52E2B61-...; inside a
// subquery the value is nvarchar(max) (xml with the TYPE directive). JSON text columns (JSON_QUERY,
// JSON_OBJECT ... calls in the select list) are embedded unescaped.
import { quoteIdent } from '../../store/sqlite-names';
import type { ForClause } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import { notSupportedExpression } from '../statements/not-supported';
import type { TranslatedQuery } from './translate-query';

export interface ForSpec {
  readonly kind: 'xml' | 'json';
  readonly mode: string;
  readonly element?: string;
  readonly root?: string;
  readonly elements: boolean;
  readonly includeNulls: boolean;
  readonly withoutArray: boolean;
  /** json: the column is JSON text (a JSON_QUERY ... call), embedded unescaped by FOR JSON */
  readonly columns: readonly { readonly name: string; readonly type: SqlType; readonly json?: true }[];
}

const GUID = 'F52E2B61-18A1-11d1-B105-00805F49916B';

/** ROOT('x') as the parser normalises it: the quoted argument, or 'root' without one */
function rootOf(options: readonly string[]): string | undefined {
  const o = options.find((x) => x.startsWith('ROOT'));
  if (o === undefined) return undefined;
  const open = o.indexOf("'");
  const close = o.lastIndexOf("'");
  return open >= 0 && close > open ? o.slice(open + 1, close).replace(/''/g, "'") : 'root';
}

/**
 * `jsonColumns[i]`: output column i is JSON text ("JSON_QUERY (Transact-SQL)": FOR JSON doesn't
 * escape the JSON_QUERY return value), known from the select list's expressions.
 */
export function wrapFor(inner: TranslatedQuery, f: ForClause, outName: string, jsonColumns: readonly boolean[] = []): TranslatedQuery {
  if (f.kind === 'browse') return inner;
  if (f.kind === 'xml' && (f.mode === 'explicit' || f.mode === 'auto')) throw notSupportedExpression(`FOR XML ${f.mode.toUpperCase()}`);
  const root = rootOf(f.options);
  const spec: ForSpec = {
    kind: f.kind,
    mode: f.mode,
    ...(f.kind === 'xml' ? { element: f.element ?? 'row' } : {}),
    ...(root !== undefined ? { root } : {}),
    elements: f.options.some((o) => o.startsWith('ELEMENTS')),
    includeNulls: f.options.includes('INCLUDE_NULL_VALUES'),
    withoutArray: f.options.includes('WITHOUT_ARRAY_WRAPPER'),
    columns: inner.columns.map((c, i) => ({ name: c.name, type: c.type, ...(f.kind === 'json' && jsonColumns[i] === true ? { json: true as const } : {}) })),
  };
  const literal = `'${JSON.stringify(spec).replace(/'/g, "''")}'`;
  const args = inner.columns.map((c) => `, ${quoteIdent(c.outName)}`).join('');
  const typed = f.kind === 'xml' && f.options.includes('TYPE');
  const type: SqlType = typed ? { kind: 'xml' } : { kind: 'nvarchar', length: 'max' };
  const name = f.kind === 'xml' ? `XML_${GUID}` : `JSON_${GUID}`;
  return {
    sql: `SELECT msxd_for(${literal}${args}) AS ${quoteIdent(outName)} FROM (${inner.sql})`,
    columns: [{ name, outName, type, nullable: true }],
    singleRow: true,
  };
}
