// sp_send_dbmail's @query, as its sp_RunMailQuery / xp_sysmail_format_query: the query runs as the
// caller (SQL Server: in a session of its own under the caller's security context) at the time of
// the call, in @execute_query_database when given, and its results become text
// (query-result-text.ts). msxd runs it in the caller's session as dynamic SQL (EXEC (N'...')): the
// caller's database and variables stay as they were, but the caller's open transaction and #temp
// tables are visible to it, which a separate session would not see. Its first error is caught
// (TRY/CATCH) and written as sqlcmd writes it: "Msg n, Level s, State st, Server srv, Line l" and
// the text on the next line. A SELECT's "(n rows affected)" follows its DONE: none when the query
// sets NOCOUNT ON, as sqlcmd prints none then.
import { randomUUID } from 'node:crypto';
import type { ProcedureContext, QueryResult } from '../../../engine/procedure-registry';
import { nlit } from '../shared/index';
import { queryResultText, type QueryTextOptions } from './query-result-text';

export interface MailQueryOutcome {
  /** the results' text (with the error's text after them when the query failed) */
  readonly text: string;
  /** the error in sqlcmd's words, null when the query succeeded */
  readonly error: string | null;
}

function batchText(query: string, database: string | null, marker: string): string {
  // a session of its own starts with NOCOUNT OFF whatever the caller set; the SET ends with the EXEC
  const use = database === null ? '' : ` USE [${database.replace(/]/g, ']]')}];`;
  const dynamic = `SET NOCOUNT OFF;${use} ${query}`;
  return `BEGIN TRY
  EXEC (${nlit(dynamic)});
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS [${marker}], ERROR_SEVERITY() AS s, ERROR_STATE() AS st, ERROR_LINE() AS l,
    ERROR_MESSAGE() AS m, @@SERVERNAME AS srv;
END CATCH`;
}

function errorText(set: QueryResult): string {
  const [n, s, st, l, m, srv] = set.rows[0] ?? [];
  return `Msg ${String(n)}, Level ${String(s)}, State ${String(st)}, Server ${String(srv)}, Line ${String(l)}\r\n${String(m)}\r\n`;
}

export async function runMailQuery(ctx: ProcedureContext, query: string, database: string | null, o: QueryTextOptions): Promise<MailQueryOutcome> {
  // the CATCH block's result set is told from the query's own by a column name no query can know
  const marker = `msxd_mail_query_error_${randomUUID()}`;
  const sets = await ctx.querySql(batchText(query, database, marker));
  const last = sets[sets.length - 1];
  const failed = last !== undefined && last.columns[0]?.name === marker;
  const results = failed ? sets.slice(0, -1) : sets;
  const text = queryResultText(results, o);
  if (!failed) return { text, error: null };
  const error = errorText(last);
  return { text: text + error, error };
}
