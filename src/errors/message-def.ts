/** One row of the message catalogue, as in sys.messages (English). */
export interface MessageDef {
  readonly severity: number;
  readonly text: string;
}
