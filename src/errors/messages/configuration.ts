import type { MessageDef } from '../message-def';

// Server configuration options: sp_configure and RECONFIGURE. Texts and severities as in
// sys.messages (English).
export const configurationMessages: Record<number, MessageDef> = {
  574: { severity: 16, text: '%ls statement cannot be used inside a user transaction.' },
  5807: {
    severity: 16,
    text: 'Recovery intervals above %d minutes not recommended. Use the RECONFIGURE WITH OVERRIDE statement to force this configuration.',
  },
  5808: { severity: 16, text: 'Ad hoc update to system catalogs is not supported.' },
  5812: { severity: 14, text: 'You do not have permission to run the RECONFIGURE statement.' },
  5831: { severity: 16, text: 'Minimum server memory value (%d) must be less than or equal to the maximum value (%d).' },
  15123: { severity: 16, text: "The configuration option '%s' does not exist, or it may be an advanced option." },
  15124: { severity: 16, text: "The configuration option '%s' is not unique." },
  15129: { severity: 16, text: "'%d' is not a valid value for configuration option '%s'." },
  15457: { severity: 10, text: "Configuration option '%ls' changed from %ld to %ld. Run the RECONFIGURE statement to install." },
};
