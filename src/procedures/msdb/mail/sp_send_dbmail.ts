// sp_send_dbmail: queues an e-mail in msdb.dbo.sysmail_mailitems (sent_status 0, unsent), with its
// attachments in sysmail_attachments, for the node's agent to send through the profile's accounts
// (sp_msxd_dbmail_unsent / sp_msxd_dbmail_mark). Checks in the order of SQL Server's body
// (instmsdb.sql), with its errors and return codes.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-send-dbmail-transact-sql
// msxd has no principal profiles (sysmail_principalprofile), so a call without @profile_name
// always fails with 14636, and a profile is open to every caller allowed to run the procedure.
// @query runs now, as the caller (mail-query.ts); its text goes into the body or, with
// @attach_query_result_as_file = 1, into an attached file; @file_attachments are read now
// (mail-attachments.ts). An error in either queues nothing.
import type { ProcedureArgs, ProcedureContext, ProcedureDefinition } from '../../../engine/procedure-registry';
import { sqlError, sqlErrorWithState } from '../../../errors/catalog';
import { XP_SYSMAIL } from '../../../errors/messages/database-mail-queue';
import type { SqlType } from '../../../types/sql-type';
import type { SqlValue } from '../../../types/values';
import { BIT, INT, SYSNAME, nvarchar, varchar } from '../job-support/param-types';
import { nlit, queryRow, raise } from '../shared/index';
import { verifyMailObject } from './verify-identifiers';
import { wakeMailAgent } from './wake-mail-agent';
import { fileAttachments, maxFileSize, tooLarge, type MailAttachment, type MailError } from './mail-attachments';
import { configurationValue, isProhibited, MAIL_PARAMETER } from './mail-configuration';
import { runMailQuery } from './mail-query';
import { insertMailItem, type MailItemValues } from './mail-item-insert';

const VARCHAR_MAX: SqlType = { kind: 'varchar', length: 'max' };
const IMPORTANCE = ['LOW', 'NORMAL', 'HIGH'] as const;
const SENSITIVITY = ['NORMAL', 'PERSONAL', 'PRIVATE', 'CONFIDENTIAL'] as const;
const BODY_FORMAT = ['TEXT', 'HTML'] as const;
/** the bit parameters SQL Server's body requires non-NULL, with the status it returns (14618) */
const REQUIRED_BITS = [['@attach_query_result_as_file', 2], ['@exclude_query_output', 3], ['@query_result_header', 4]] as const;

/** LEN(x) > 0 of SQL Server's checks (LEN ignores trailing blanks) */
function given(v: SqlValue): boolean {
  return v !== null && String(v).trimEnd().length > 0;
}

function on(v: SqlValue): boolean {
  return v === true || Number(v) === 1;
}

async function mayRun(ctx: ProcedureContext): Promise<boolean> {
  if (ctx.isSysadmin) return true;
  const r = await queryRow(ctx, `SELECT ISNULL(IS_MEMBER(N'DatabaseMailUserRole'), 0) AS m`);
  return r?.m === 1;
}

async function fail(ctx: ProcedureContext, e: MailError, status = 1): Promise<number> {
  await raise(ctx, e.number, ...e.args);
  return status;
}

/** sp_RunMailQuery's file name when none is given: 'QueryResults' + CONVERT(varchar, ROUND(RAND() * 1000000, 0)) + '.txt' */
function queryFileName(given: SqlValue): string {
  const name = given === null ? '' : String(given).trim();
  if (name !== '') return name;
  const n = Math.round(Math.random() * 1_000_000);
  return `QueryResults${n === 1_000_000 ? '1e+006' : String(n)}.txt`;
}

type QueryPart = { readonly body: string | null; readonly attachment: MailAttachment | null } | { readonly status: number };

/** sp_RunMailQuery: the query's text for the body or the attachment, or the status after its errors */
async function queryPart(ctx: ProcedureContext, args: ProcedureArgs): Promise<QueryPart> {
  const v = (name: string): SqlValue => args.value(name);
  const attach = on(v('@attach_query_result_as_file'));
  const filename = attach ? queryFileName(v('@query_attachment_filename')) : '';
  if (attach && given(v('@query_attachment_filename'))) {
    const prohibited = await configurationValue(ctx, MAIL_PARAMETER.prohibitedExtensions);
    if (isProhibited(filename, prohibited)) return { status: await fail(ctx, { number: 14630, args: [filename, prohibited] }, 2) };
  }
  const separator = v('@query_result_separator');
  const outcome = await runMailQuery(ctx, String(v('@query')), v('@execute_query_database') === null ? null : String(v('@execute_query_database')), {
    header: on(v('@query_result_header')),
    width: Math.min(32767, Math.max(10, Number(v('@query_result_width') ?? 256))),
    separator: separator === null ? ' ' : String(separator),
    noPadding: on(v('@query_result_no_padding')),
    noTruncate: on(v('@query_no_truncate')),
  });
  if (outcome.error !== null && !on(v('@append_query_error'))) {
    await raise(ctx, 22050, XP_SYSMAIL.queryFormat);
    if (!on(v('@exclude_query_output'))) await raise(ctx, 14661, outcome.error);
    return { status: 1 };
  }
  const limit = await maxFileSize(ctx);
  if (Buffer.byteLength(outcome.text, 'utf8') > limit) return { status: await fail(ctx, tooLarge(limit)) };
  const body = v('@body') === null ? null : String(v('@body'));
  if (attach) return { body, attachment: { filename, content: Buffer.from(outcome.text, 'utf8') } };
  return { body: `${body ?? ''}\r\n${outcome.text}`, attachment: null };
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
    for (const [name, status] of REQUIRED_BITS) if (v(name) === null) return fail(ctx, { number: 14618, args: [name.slice(1)] }, status);
    if (v('@query_result_separator') === null) return fail(ctx, { number: 14618, args: ['query_result_separator'] }, 5);
    if (v('@append_query_error') === null) return fail(ctx, { number: 14618, args: ['append_query_error'] }, 6);
    const bodyFormat = v('@body_format') === null ? 'TEXT' : String(v('@body_format')).toUpperCase();
    if (!(BODY_FORMAT as readonly string[]).includes(bodyFormat)) return fail(ctx, { number: 14626, args: [bodyFormat] }, 13);
    if (v('@importance') === null) return fail(ctx, { number: 14618, args: ['importance'] }, 15);
    const importance = String(v('@importance')).toUpperCase();
    if (!(IMPORTANCE as readonly string[]).includes(importance)) return fail(ctx, { number: 14622, args: [importance] }, 16);
    if (v('@sensitivity') === null) return fail(ctx, { number: 14618, args: ['sensitivity'] }, 17);
    const sensitivity = String(v('@sensitivity')).toUpperCase();
    if (!(SENSITIVITY as readonly string[]).includes(sensitivity)) return fail(ctx, { number: 14623, args: [sensitivity] }, 18);
    if (!['@body', '@query', '@file_attachments', '@subject'].some((p) => given(v(p)))) {
      return fail(ctx, { number: 14624, args: ['@body, @query, @file_attachments, @subject'] }, 19);
    }
    const subject = given(v('@subject')) ? String(v('@subject')) : 'SQL Server Message';
    if (!['@recipients', '@copy_recipients', '@blind_copy_recipients'].some((p) => given(v(p)))) {
      return fail(ctx, { number: 14624, args: ['@recipients, @copy_recipients, @blind_copy_recipients'] }, 20);
    }
    if (!given(v('@query')) && on(v('@attach_query_result_as_file'))) return fail(ctx, { number: 14625, args: [] }, 21);
    const attachments: MailAttachment[] = [];
    let body = v('@body') === null ? null : String(v('@body'));
    if (given(v('@query'))) {
      const part = await queryPart(ctx, args);
      if ('status' in part) return part.status;
      body = part.body;
      if (part.attachment) attachments.push(part.attachment);
    }
    if (given(v('@file_attachments'))) {
      const files = await fileAttachments(ctx, String(v('@file_attachments')));
      if (!Array.isArray(files)) return fail(ctx, files);
      attachments.push(...files);
    }
    const item: MailItemValues = { profileId, subject, body, bodyFormat, importance, sensitivity };
    const id = await insertMailItem(ctx, args, item, attachments);
    if (id === null) return 1;
    args.set('@mailitem_id', id);
    await wakeMailAgent(ctx);
    // FORMATMESSAGE + PRINT in SQL Server's body: the client sees message 0
    if (!on(v('@exclude_query_output'))) await ctx.executeSql(`PRINT ${nlit(sqlError(14635, id).message)};`);
    return 0;
  },
};
