// sp_addmessage, sp_altermessage and sp_dropmessage (user-defined messages of sys.messages).
import type { MessageDef } from '../message-def';

export const userMessagesMessages: Record<number, MessageDef> = {
  15033: { severity: 16, text: "'%s' is not a valid official language name." },
  15040: { severity: 16, text: 'User-defined error messages must have an ID greater than 50000.' },
  15041: { severity: 16, text: 'User-defined error messages must have a severity level between 1 and 25.' },
  15043: { severity: 16, text: "You must specify 'REPLACE' to overwrite an existing message." },
  15071: { severity: 16, text: 'Usage: sp_addmessage <msgnum>,<severity>,<msgtext> [,<language> [,FALSE | TRUE [,REPLACE]]]' },
  15176: { severity: 16, text: "The only valid @parameter value is 'WITH_LOG'." },
  15177: { severity: 16, text: "Usage: sp_dropmessage <msg number> [,<language> | 'ALL']" },
  15178: { severity: 16, text: 'Cannot drop a message with an ID less than 50,000.' },
  15179: { severity: 16, text: 'The message number %u or specified language version does not exist.' },
  15271: { severity: 16, text: "Invalid @with_log parameter value. Valid values are 'true' or 'false'." },
  15277: { severity: 16, text: "The only valid @parameter_value values are 'true' or 'false'." },
};
