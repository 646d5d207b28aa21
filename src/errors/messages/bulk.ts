// Bulk load over TDS (INSERT BULK + BulkLoadBCP, MS-TDS 2.2.6.1): SQL Server's sys.messages texts.
import type { MessageDef } from '../message-def';

export const bulkMessages: Record<number, MessageDef> = {
  428: { severity: 16, text: 'Insert bulk cannot be used in a multi-statement batch.' },
  4022: { severity: 16, text: 'Bulk load data was expected but not sent. The batch will be terminated.' },
  4804: {
    severity: 21,
    text: 'While reading current row from host, a premature end-of-message was encountered--an incoming data stream was interrupted when the server expected to see more data. The host program may have terminated. Ensure that you are using a supported client application programming interface (API).',
  },
  4815: { severity: 16, text: 'Received an invalid column length from the bcp client for colid %d.' },
  4816: { severity: 16, text: 'Invalid column type from bcp client for colid %d.' },
  4817: { severity: 16, text: "Could not bulk load. The sorted column '%.*ls' is not valid. The ORDER hint is ignored." },
  4818: { severity: 16, text: "Could not bulk load. The sorted column '%.*ls' was specified more than once. The ORDER hint is ignored." },
  4834: { severity: 16, text: 'You do not have permission to use the bulk load statement.' },
  4894: { severity: 21, text: 'COLMETADATA must be present when using bcp.' },
  4895: { severity: 21, text: 'Unicode data is odd byte size for column %d. Should be even byte size.' },
  4896: { severity: 16, text: 'Invalid column value from bcp client for colid %d.' },
};
