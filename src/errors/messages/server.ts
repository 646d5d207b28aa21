import type { MessageDef } from '../message-def';

// Messages the connection layer (src/server, src/tds/transport) raises itself: login and
// request-header checks. English texts as in sys.messages.
export const serverMessages: Record<number, MessageDef> = {
  4060: { severity: 11, text: 'Cannot open database "%.*ls" requested by the login. The login failed.' },
  8525: {
    severity: 16,
    text: 'Distributed transaction completed. Either enlist this session in a new transaction or the NULL transaction.',
  },
};
