import type { MessageDef } from '../message-def';

// The node's services: sys.dm_server_services (src/engine/system-views) and xp_servicecontrol
// (src/procedures). A DMV refused for want of a server permission is two errors in SQL Server:
// 300 naming the permission, then 297 (the one TRY ... CATCH sees).
// 22003 is how xpstar's xp_servicecontrol reports a failing Windows service call: the API, the
// Windows error number and Windows' own text ("OpenService() returned error 1060, 'The specified
// service does not exist as an installed service.'", "StartService() returned error 5, 'Access
// is denied.'"); the Windows texts are in src/procedures/xp_servicecontrol.ts.
export const servicesMessages: Record<number, MessageDef> = {
  297: { severity: 16, text: 'The user does not have permission to perform this action.' },
  300: { severity: 14, text: "%ls permission was denied on object '%.*ls', database '%.*ls'." },
  22003: { severity: 16, text: "%s() returned error %d, '%s'" },
};
