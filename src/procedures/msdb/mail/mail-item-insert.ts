// sp_send_dbmail's writes: the sysmail_mailitems row and its sysmail_attachments rows, in one
// transaction of its own unless the caller has one open (as SQL Server's body: BEGIN TRAN when
// @@TRANCOUNT = 0). The attachments' bytes are bound as varbinary(max) variables, not pasted.
import type { ProcedureArgs, ProcedureContext } from '../../../engine/procedure-registry';
import type { Typed } from '../../../types/typed-value';
import { typed } from '../../../types/typed-value';
import type { SqlValue } from '../../../types/values';
import { ilit, nlit, queryRow } from '../shared/index';
import type { MailAttachment } from './mail-attachments';

export interface MailItemValues {
  readonly profileId: number;
  readonly subject: string;
  readonly body: string | null;
  readonly bodyFormat: string;
  readonly importance: string;
  readonly sensitivity: string;
}

const VARBINARY_MAX = { kind: 'varbinary', length: 'max' } as const;

function bit(v: SqlValue): string {
  return v === null ? 'NULL' : v === true || Number(v) === 1 ? '1' : '0';
}

/** the new mailitem_id, null when the insert failed (its error went to the client) */
export async function insertMailItem(ctx: ProcedureContext, args: ProcedureArgs, item: MailItemValues,
  attachments: readonly MailAttachment[]): Promise<number | null> {
  const v = (name: string): SqlValue => args.value(name);
  const params = new Map<string, Typed>();
  const attachmentInserts = attachments.map((a, i) => {
    params.set(`@__msxd_att${i}`, typed(VARBINARY_MAX, a.content));
    return `INSERT INTO msdb.dbo.sysmail_attachments (mailitem_id, filename, filesize, attachment)
VALUES (@__msxd_id, ${nlit(a.filename)}, ${ilit(a.content.length)}, @__msxd_att${i});
IF @@ERROR <> 0 SET @__msxd_failed = 1;`;
  });
  const prelude = `SET NOCOUNT ON;
DECLARE @__msxd_failed int = 0, @__msxd_id int = NULL, @__msxd_own int = CASE WHEN @@TRANCOUNT = 0 THEN 1 ELSE 0 END;
IF @__msxd_own = 1 BEGIN TRANSACTION;
INSERT INTO msdb.dbo.sysmail_mailitems
  (profile_id, recipients, copy_recipients, blind_copy_recipients, subject, body, body_format, importance, sensitivity,
   file_attachments, attachment_encoding, query, execute_query_database, attach_query_result_as_file, query_result_header,
   query_result_width, query_result_separator, exclude_query_output, append_query_error, from_address, reply_to)
VALUES (${ilit(item.profileId)}, ${nlit(v('@recipients'))}, ${nlit(v('@copy_recipients'))}, ${nlit(v('@blind_copy_recipients'))},
  ${nlit(item.subject)}, ${nlit(item.body)}, ${nlit(item.bodyFormat)}, ${nlit(item.importance)}, ${nlit(item.sensitivity)},
  ${nlit(v('@file_attachments'))}, 'MIME', ${nlit(v('@query'))}, ${nlit(v('@execute_query_database'))},
  ${bit(v('@attach_query_result_as_file'))}, ${bit(v('@query_result_header'))}, ${ilit(v('@query_result_width'))},
  ${nlit(v('@query_result_separator'))}, ${bit(v('@exclude_query_output'))}, ${bit(v('@append_query_error'))},
  ${nlit(v('@from_address'))}, ${nlit(v('@reply_to'))});
IF @@ERROR <> 0 SET @__msxd_failed = 1; ELSE SET @__msxd_id = CONVERT(int, SCOPE_IDENTITY());
${attachmentInserts.join('\n')}
IF @__msxd_own = 1 AND @@TRANCOUNT > 0 BEGIN IF @__msxd_failed = 0 COMMIT TRANSACTION; ELSE ROLLBACK TRANSACTION; END`;
  const row = await queryRow(ctx, 'SELECT CASE WHEN @__msxd_failed = 0 THEN @__msxd_id END AS id', prelude, params);
  return row?.id === null || row?.id === undefined ? null : Number(row.id);
}
