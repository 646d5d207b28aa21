import type { MessageDef } from '../message-def';

// sp_send_dbmail's messages, SQL Server's sys.messages texts (raised by its body in instmsdb.sql).
export const databaseMailQueueMessages: Record<number, MessageDef> = {
  14618: { severity: 16, text: "Parameter '%s' must be specified. This parameter cannot be NULL." },
  14622: { severity: 16, text: 'Parameter @importance does not support the value "%s". Mail importance must be one of LOW, NORMAL, or HIGH.' },
  14623: { severity: 16, text: 'Parameter @sensitivity does not support the value "%s". Mail sensitivity must be one of NORMAL, PERSONAL, PRIVATE, or CONFIDENTIAL.' },
  14624: { severity: 16, text: 'At least one of the following parameters must be specified. "%s".' },
  14625: { severity: 16, text: 'Parameter @attach_query_result_as_file cannot be 1 (true) when no value is specified for parameter @query. A query must be specified to attach the results of the query.' },
  14626: { severity: 16, text: 'Parameter @mailformat does not support the value "%s". The mail format must be TEXT or HTML.' },
  14635: { severity: 10, text: 'Mail (Id: %d) queued.' },
  14639: { severity: 10, text: 'The mail queue was started by login "%s".' },
  14640: { severity: 10, text: 'The mail queue stopped by login "%s".' },
  14665: { severity: 10, text: 'Mail items deletion is initiated by user "%s". %d items deleted.' },
  14636: { severity: 16, text: 'No global profile is configured. Specify a profile name in the @profile_name parameter.' },
  // @file_attachments and the query attachment (sp_GetAttachmentData, sp_RunMailQuery)
  14628: { severity: 16, text: 'The format of the parameter @attachments is incorrect. The file names must be separated by a semicolon ";".' },
  14630: { severity: 16, text: 'Database Mail is not permitted to send files with the file extension %s.' },
  14661: { severity: 16, text: 'Query execution failed: %s' },
  // Raised by the extended procedures xp_sysmail_format_query / xp_sysmail_attachment_load with a
  // text of their own (not in sys.messages' fixed texts): the texts they use are XP_SYSMAIL below.
  22050: { severity: 16, text: '%s' },
  22051: { severity: 16, text: '%s' },
};

/** the texts Database Mail's extended procedures raise as 22050 (query) and 22051 (attachments) */
export const XP_SYSMAIL = {
  queryFormat: 'Error formatting query, probably invalid parameters',
  attachmentInvalid: 'Attachment file %s is invalid.',
  tooLarge: 'File attachment or query results size exceeds allowable value of %d bytes.',
} as const;
