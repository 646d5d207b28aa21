// sp_send_dbmail: queues an e-mail in msdb.dbo.sysmail_mailitems (sent_status 0, unsent) for the
// node's agent to send through the profile's account (sp_msxd_dbmail_fetch_unsent /
// sp_msxd_dbmail_mark). Checks in the order of SQL Server's body (instmsdb.sql) with its errors.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-send-dbmail-transact-sql
// msxd has no principal profiles (sysmail_principalprofile), so a call without @profile_name
// always fails with 14636, and a profile is open to every caller allowed to run the procedure.
// @query's results go into the body as text (query-result-text.ts); as an attachment
// (@attach_query_result_as_file = 1) and @file_attachments are not supported (40517).
import type { ProcedureArgs, ProcedureContext, ProcedureDefinition } from '../../../engine/procedure-registry';
import { sqlError, sqlErrorWithState } from '../../../errors/catalog';
import type { SqlType } from '../../../types/sql-type';
import type { SqlValue } from '../../../types/values';
import { BIT, INT, SYSNAME, nvarchar, varchar } from '../job-support/param-types';
import { ilit, nlit, queryRow, raise } from '../shared/index';
import { verifyMailObject } from './verify-identifiers';
import { queryResultText } from './query-result-text';
import { wakeMailAgent } from './wake-mail-agent';

const VARCHAR_MAX: SqlType = { kind: 'varchar', length: 'max' };
const IMPORTANCE = ['LOW', 'NORMAL', 'HIGH'] as const;
const SENSITIVITY = ['NORMAL', 'PERSONAL', 'PRIVATE', 'CONFIDENTIAL'] as const;
const BODY_FORMAT = ['TEXT', 'HTML'] as const;

/** LEN(x) > 0 of SQL Server's checks (LEN ignores trailing blanks) */
function given(v: SqlValue): boolean {
  return v !== null && String(v).trimEnd().length > 0;
}

function bit(v: SqlValue): string {
  return v === null ? 'NULL' : v === true || Number(v) === 1 ? '1' : '0';
}

async function mayRun(ctx: ProcedureContext): Promise<boolean> {
  if (ctx.isSysadmin) return true;
  const r = await queryRow(ctx, `SELECT ISNULL(IS_MEMBER(N'DatabaseMailUserRole'), 0) AS m`);
  return r?.m === 1;
}

/** @query, run as the caller in @execute_query_database (EXEC: its USE ends with it), as text */
async function runQuery(ctx: ProcedureContext, args: ProcedureArgs): Promise<string> {
  const query = String(args.value('@query'));
  const db = args.value('@execute_query_database');
  const text = db === null ? query : `EXEC (${nlit(`USE [${String(db).replace(/]/g, ']]')}];\n${query}`)});`;
  const sets = await ctx.querySql(text);
  const separator = args.value('@query_result_separator');
  return queryResultText(sets, {
    header: bit(args.value('@query_result_header')) !== '0',
    width: Math.max(10, Number(args.value('@query_result_width') ?? 256)),
    separator: separator === null ? ' ' : String(separator),
    noPadding: bit(args.value('@query_result_no_padding')) === '1',
  });
}

export const spSendDbmail: ProcedureDefinition = {
  name: 'sp_send_dbmail',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@profile_name', type: SYSNAME, default: null },
    { name: '@recipients', type: VARCHAR_MAX, default: null },
    { name: '@copy_recipients', type: VARCHAR_MAX, default: null },
    { name: '@blind_copy_recipients', type: VARCHAR_MAX, default: null },
    { name: '@subject', type: nvarchar(255), default: null },
    { name: '@body', type: nvarchar('max'), default: null },
    { name: '@body_format', type: varchar(20), default: null },
    { name: '@importance', type: varchar(6), default: 'NORMAL' },
    { name: '@sensitivity', type: varchar(12), default: 'NORMAL' },
    { name: '@file_attachments', type: nvarchar('max'), default: null },
    { name: '@query', type: nvarchar('max'), default: null },
    { name: '@execute_query_database', type: SYSNAME, default: null },
    { name: '@attach_query_result_as_file', type: BIT, default: false },
    { name: '@query_attachment_filename', type: nvarchar(260), default: null },
    { name: '@query_result_header', type: BIT, default: true },
    { name: '@query_result_width', type: INT, default: 256 },
    { name: '@query_result_separator', type: { kind: 'char', length: 1 }, default: ' ' },
    { name: '@exclude_query_output', type: BIT, default: false },
    { name: '@append_query_error', type: BIT, default: false },
    { name: '@query_no_truncate', type: BIT, default: false },
    { name: '@query_result_no_padding', type: BIT, default: false },
    { name: '@mailitem_id', type: INT, default: null, output: true },
    { name: '@from_address', type: VARCHAR_MAX, default: null },
    { name: '@reply_to', type: VARCHAR_MAX, default: null },
  ],
  async run(ctx, args) {
    if (!await mayRun(ctx)) throw sqlErrorWithState(229, 5, 'EXECUTE', 'sp_send_dbmail', 'msdb', 'dbo');
    const v = (name: string): SqlValue => args.value(name);
    if (v('@profile_name') === null) return raise(ctx, 14636);
    const profileId = await verifyMailObject(ctx, 'profile', null, v('@profile_name'), false);
    if (profileId === 'failed' || profileId === null) return 1;
    const bodyFormat = v('@body_format') === null ? 'TEXT' : String(v('@body_format')).toUpperCase();
    if (!(BODY_FORMAT as readonly string[]).includes(bodyFormat)) return raise(ctx, 14626, bodyFormat);
    const importance = String(v('@importance') ?? '').toUpperCase();
    if (!(IMPORTANCE as readonly string[]).includes(importance)) return raise(ctx, 14622, importance);
    const sensitivity = String(v('@sensitivity') ?? '').toUpperCase();
    if (!(SENSITIVITY as readonly string[]).includes(sensitivity)) return raise(ctx, 14623, sensitivity);
    if (!['@body', '@query', '@file_attachments', '@subject'].some((p) => given(v(p)))) {
      return raise(ctx, 14624, '@body, @query, @file_attachments, @subject');
    }
    const subject = given(v('@subject')) ? String(v('@subject')) : 'SQL Server Message';
    if (!['@recipients', '@copy_recipients', '@blind_copy_recipients'].some((p) => given(v(p)))) {
      return raise(ctx, 14624, '@recipients, @copy_recipients, @blind_copy_recipients');
    }
    if (!given(v('@query')) && bit(v('@attach_query_result_as_file')) === '1') return raise(ctx, 14625);
    let body = v('@body') === null ? null : String(v('@body'));
    if (given(v('@query'))) {
      if (bit(v('@attach_query_result_as_file')) === '1') throw sqlError(40517, 'sp_send_dbmail @attach_query_result_as_file');
      body = `${body ?? ''}\r\n${await runQuery(ctx, args)}`;
    }
    if (given(v('@file_attachments'))) throw sqlError(40517, 'sp_send_dbmail @file_attachments');
    const row = await queryRow(ctx, 'SELECT CONVERT(int, SCOPE_IDENTITY()) AS id', `INSERT INTO msdb.dbo.sysmail_mailitems
  (profile_id, recipients, copy_recipients, blind_copy_recipients, subject, body, body_format, importance, sensitivity,
   file_attachments, attachment_encoding, query, execute_query_database, attach_query_result_as_file, query_result_header,
   query_result_width, query_result_separator, exclude_query_output, append_query_error, from_address, reply_to)
VALUES (${ilit(profileId)}, ${nlit(v('@recipients'))}, ${nlit(v('@copy_recipients'))}, ${nlit(v('@blind_copy_recipients'))},
  ${nlit(subject)}, ${nlit(body)}, ${nlit(bodyFormat)}, ${nlit(importance)}, ${nlit(sensitivity)},
  ${nlit(v('@file_attachments'))}, 'MIME', ${nlit(v('@query'))}, ${nlit(v('@execute_query_database'))},
  ${bit(v('@attach_query_result_as_file'))}, ${bit(v('@query_result_header'))}, ${ilit(v('@query_result_width'))},
  ${nlit(v('@query_result_separator'))}, ${bit(v('@exclude_query_output'))}, ${bit(v('@append_query_error'))},
  ${nlit(v('@from_address'))}, ${nlit(v('@reply_to'))});`);
    const id = row?.id === null || row?.id === undefined ? null : Number(row.id);
    if (id === null) return 1;
    args.set('@mailitem_id', id);
    await wakeMailAgent(ctx);
    if (bit(v('@exclude_query_output')) !== '1') await ctx.executeSql(`PRINT ${nlit(sqlError(14635, id).message)};`);
    return 0;
  },
};
