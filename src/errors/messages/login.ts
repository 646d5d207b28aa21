import type { MessageDef } from '../message-def';

// Login failures beyond 18456 (core.ts). sys.messages has a trailing %.*ls on 18470 for the
// error log's client address; the client sees the text without it.
export const loginMessages: Record<number, MessageDef> = {
  18470: { severity: 14, text: "Login failed for user '%.*ls'. Reason: The account is disabled.%.*ls" },
};
