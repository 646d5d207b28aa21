import type { Collation } from './sql-type';

// SQL_Latin1_General_CP1_CI_AS: LCID 0x0409, IgnoreCase|IgnoreKanaType|IgnoreWidth, SQL sort
// order 52 (MS-TDS 2.2.5.1.2; the login-response example carries bytes 09 04 D0 00 34).
export const SERVER_COLLATION: Collation = {
  name: 'SQL_Latin1_General_CP1_CI_AS',
  lcid: 0x0409,
  // fIgnoreCase 0x01 | fIgnoreKanaType 0x04 | fIgnoreWidth 0x08 (bits 20-27 of the 4-byte LCID word)
  flags: 0x0d,
  sortId: 52,
  codePage: 1252,
};
