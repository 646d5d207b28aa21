import type { MessageDef } from '../message-def';

// Database Mail's configuration procedures (msdb sysmail_*_sp), SQL Server's sys.messages texts.
// 14603 (Database Mail is not properly configured) is with the Agent's messages (agent.ts).
export const databaseMailMessages: Record<number, MessageDef> = {
  14604: { severity: 16, text: 'Both %s parameters (id and name) cannot be NULL' },
  14605: { severity: 16, text: 'Both %s parameters (id and name) do not point to the same object' },
  14606: { severity: 16, text: '%s id is not valid' },
  14607: { severity: 16, text: '%s name is not valid' },
  14608: { severity: 16, text: 'Either %s or %s parameter needs to be supplied' },
  14614: { severity: 16, text: '%s is not a valid mailserver_type' },
  14615: { severity: 16, text: 'The @username parameter needs to be supplied if the @password is supplied.' },
  14616: { severity: 16, text: 'Unable to retrieve the newly created credential [%s] from the credential store.' },
  14666: { severity: 16, text: 'User name cannot be supplied when using default credentials' },
};
