// tedious has no parser for TABNAME (0xA4) and COLINFO (0xA5), the browse-mode tokens SQL Server
// sends after an API cursor's COLMETADATA to mark its hidden ROWSTAT column; it fails the whole
// response on them ("Unknown type"). Tests that call the cursor procedures through tedious load
// this first: it teaches tedious' token parser to skip both (Length USHORT + that many bytes), so
// the rest of the real client is exercised unchanged. The server is not mocked.
import StreamParser from 'tedious/lib/token/stream-parser';

const TABNAME = 0xa4;
const COLINFO = 0xa5;

interface ParserInternals {
  buffer: Buffer;
  position: number;
  readToken(type: number): unknown;
}

const proto = (StreamParser as unknown as { prototype: ParserInternals }).prototype;
const readToken = proto.readToken;
let installed = false;

export function skipBrowseTokens(): void {
  if (installed) return;
  installed = true;
  proto.readToken = function (this: ParserInternals, type: number): unknown {
    if (type !== TABNAME && type !== COLINFO) return readToken.call(this, type);
    // the tokens are a few bytes each; a test response never splits one across packets
    if (this.buffer.length < this.position + 2) throw new Error('browse token split across packets');
    const length = this.buffer.readUInt16LE(this.position);
    if (this.buffer.length < this.position + 2 + length) throw new Error('browse token split across packets');
    this.position += 2 + length;
    return undefined;
  };
}
