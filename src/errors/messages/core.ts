import type { MessageDef } from '../message-def';

// Engine, protocol-visible and login messages (sys.messages numbers below 14000).
// Texts use SQL Server's placeholders (%s, %d, %ls, %.*ls ...) and are formatted by catalog.ts.
export const coreMessages: Record<number, MessageDef> = {
  102: { severity: 15, text: "Incorrect syntax near '%.*ls'." },
  156: { severity: 15, text: "Incorrect syntax near the keyword '%.*ls'." },
  5701: { severity: 0, text: "Changed database context to '%.*ls'." },
  5703: { severity: 0, text: "Changed language setting to %.*ls." },
  18452: { severity: 14, text: 'Login failed. The login is from an untrusted domain and cannot be used with Windows Authentication.%.*ls' },
  18456: { severity: 14, text: "Login failed for user '%.*ls'.%.*ls%.*ls" },
  50000: { severity: 16, text: '%s' },
};
