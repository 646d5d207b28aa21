// sp_send_dbmail's @file_attachments, as its sp_GetAttachmentData / xp_sysmail_attachment_load:
// semicolon-separated paths (an empty one, or one over 260 characters: 14628), each checked against
// ProhibitedExtensions (sp_isprohibited: 14630) and read from the node's file system whole, up to
// MaxFileSize bytes (22051 "File attachment or query results size exceeds allowable value of n
// bytes."; a missing or unreadable file: 22051 "Attachment file <path> is invalid."). The file keeps
// its name without the folder (sysmail_attachments.filename).
// SQL Server reads the files in the caller's Windows security context, so a SQL Server login cannot
// attach files ("sp_send_dbmail (Transact-SQL)", Remarks). msxd has SQL logins only: it reads files
// for sysadmin callers only (the node's process reads them), and answers every other caller as
// SQL Server answers a login whose context cannot read the file (22051, invalid).
import { readFile, stat } from 'node:fs/promises';
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { formatMessage } from '../../../errors/catalog';
import { XP_SYSMAIL } from '../../../errors/messages/database-mail-queue';
import { configurationValue, convertToInt, isProhibited, MAIL_PARAMETER } from './mail-configuration';

/** a catalogue message to raise, with its arguments */
export interface MailError {
  readonly number: number;
  readonly args: readonly (string | number | null)[];
}

export interface MailAttachment {
  readonly filename: string;
  readonly content: Buffer;
}

const MAX_PATH = 260;
/** dbo.ConvertToInt(@fileSizeStr, 0x7fffffff, 100000) in sp_GetAttachmentData */
const MAX_FILE_SIZE = { max: 0x7fffffff, fallback: 100000 } as const;

export function fileName(filePath: string): string {
  return filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
}

export async function maxFileSize(ctx: ProcedureContext): Promise<number> {
  return convertToInt(await configurationValue(ctx, MAIL_PARAMETER.maxFileSize), MAX_FILE_SIZE.max, MAX_FILE_SIZE.fallback);
}

export function tooLarge(limit: number): MailError {
  return { number: 22051, args: [formatMessage(XP_SYSMAIL.tooLarge, [limit])] };
}

function invalidFile(path: string): MailError {
  return { number: 22051, args: [formatMessage(XP_SYSMAIL.attachmentInvalid, [path])] };
}

async function load(path: string, limit: number): Promise<Buffer | MailError> {
  const invalid = invalidFile(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return invalid;
    if (info.size > limit) return tooLarge(limit);
    return await readFile(path);
  } catch {
    return invalid;
  }
}

/** the files' contents, or the first error in sp_GetAttachmentData's order */
export async function fileAttachments(ctx: ProcedureContext, list: string): Promise<MailAttachment[] | MailError> {
  const limit = await maxFileSize(ctx);
  const prohibited = await configurationValue(ctx, MAIL_PARAMETER.prohibitedExtensions);
  const out: MailAttachment[] = [];
  for (const path of list.split(';')) {
    if (path.length > MAX_PATH || path.trimEnd() === '') return { number: 14628, args: [] };
    if (isProhibited(path, prohibited)) return { number: 14630, args: [path, prohibited] };
    if (!ctx.isSysadmin) return invalidFile(path);
    const content = await load(path, limit);
    if (!Buffer.isBuffer(content)) return content;
    out.push({ filename: fileName(path), content });
  }
  return out;
}
