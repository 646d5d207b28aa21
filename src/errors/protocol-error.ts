// Malformed or out-of-phase input on the wire. The session logs it with the phase it happened in
// and closes that connection only; it never becomes a token.
export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolError';
  }
}
