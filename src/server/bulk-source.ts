// The engine's BulkRowSource over one BULK_LOAD message: packets from the connection's
// BulkLoadStream, decoded by tds' BulkLoadDecoder as they arrive. The engine pulls rows a packet
// at a time; while it works on them the stream fills up and the session stops reading the socket.
import type { BulkColumn, BulkRowSource } from '../engine/api';
import type { SqlValue } from '../types/values';
import type { TdsVersion } from '../tds/constants';
import { BulkLoadDecoder, type BulkLoadChunk } from '../tds/requests/bulk-load';
import type { BulkLoadStream } from '../tds/transport/bulk-stream';

type Rows = readonly (readonly SqlValue[])[];

export class StreamBulkSource implements BulkRowSource {
  private readonly decoder: BulkLoadDecoder;
  private columnsRead: readonly BulkColumn[] | undefined;
  /** rows decoded with the COLMETADATA, handed out by the first rows() */
  private early: Rows | undefined;
  private decoderDone = false;
  /** the stream's last part has been read */
  private streamEnded = false;

  constructor(private readonly stream: BulkLoadStream, tdsVersion: TdsVersion) {
    this.decoder = new BulkLoadDecoder(tdsVersion);
  }

  async columns(): Promise<readonly BulkColumn[] | 'abandoned'> {
    while (this.columnsRead === undefined) {
      const chunk = await this.next();
      if (chunk === 'abandoned') return chunk;
      if (chunk.columns) this.columnsRead = chunk.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable }));
      if (chunk.rows.length > 0) this.early = chunk.rows;
    }
    return this.columnsRead;
  }

  async rows(): Promise<Rows | null | 'abandoned'> {
    if (this.early) {
      const rows = this.early;
      this.early = undefined;
      return rows;
    }
    for (;;) {
      if (this.decoderDone) return null;
      const chunk = await this.next();
      if (chunk === 'abandoned') return 'abandoned';
      if (chunk.rows.length > 0) return chunk.rows;
    }
  }

  async discard(): Promise<void> {
    while (!this.streamEnded) this.streamEnded = (await this.stream.read()).last;
  }

  private async next(): Promise<BulkLoadChunk | 'abandoned'> {
    if (this.streamEnded) {
      this.decoderDone = true;
      return { rows: [], done: true };
    }
    const part = await this.stream.read();
    this.streamEnded = part.last;
    if (part.ignored) {
      this.decoderDone = true;
      return 'abandoned';
    }
    const chunk = this.decoder.push(part.payload, part.last);
    if (chunk.done) this.decoderDone = true;
    return chunk;
  }
}
