import type { MessageDef } from '../message-def';

// sp_send_dbmail's messages, SQL Server's sys.messages texts (raised by its body in instmsdb.sql).
export const databaseMailQueueMessages: Record<number, MessageDef> = {
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
};
