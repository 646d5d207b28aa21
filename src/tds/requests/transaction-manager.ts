// MS-TDS 2.2.6.9 Transaction Manager Request: ALL_HEADERS, RequestType USHORT, payload.
// Names are B_VARBYTE holding UCS-2 (the length counts bytes).
import { ProtocolError } from '../../errors/protocol-error';
import type { TdsVersion } from '../constants';
import { BufferReader } from '../io/buffer-reader';
import { readAllHeaders, type AllHeaders } from './all-headers';

/** MS-TDS 2.2.6.9 RequestType; 5-9 were introduced in TDS 7.2. */
export const TM_REQUEST = {
  GET_DTC_ADDRESS: 0,
  PROPAGATE_XACT: 1,
  BEGIN_XACT: 5,
  PROMOTE_XACT: 6,
  COMMIT_XACT: 7,
  ROLLBACK_XACT: 8,
  SAVE_XACT: 9,
} as const;

/** ISOLATION_LEVEL 0 = unchanged, 1 read uncommitted ... 5 snapshot */
const MAX_ISOLATION_LEVEL = 5;
/** XACT_FLAGS bit fBeginXact */
const BEGIN_XACT_FLAG = 0x01;

/** begin/commit/rollback/save match engine/api.ts TransactionRequest structurally. */
export type TdsTransactionRequest =
  | { readonly kind: 'begin'; readonly name: string; readonly isolationLevel: number }
  | {
      readonly kind: 'commit' | 'rollback';
      readonly name: string;
      readonly beginNew: boolean;
      /** only when beginNew: ISOLATION_LEVEL (0 = unchanged) and BEGIN_XACT_NAME */
      readonly newIsolationLevel?: number;
      readonly newName?: string;
    }
  | { readonly kind: 'save'; readonly name: string }
  /** DTC requests (0 GET_DTC_ADDRESS, 1 PROPAGATE_XACT, 6 PROMOTE_XACT): msxd answers with an error */
  | { readonly kind: 'unsupported'; readonly requestType: number };

export interface TransactionManagerRequest {
  readonly headers: AllHeaders | undefined;
  readonly request: TdsTransactionRequest;
}

function name(r: BufferReader, field: string): string {
  const bytes = r.bVarbyte(field);
  if (bytes.length % 2 !== 0) throw new ProtocolError(`${field} of odd length ${bytes.length}`);
  return bytes.toString('utf16le');
}

function isolation(r: BufferReader): number {
  const level = r.u8('ISOLATION_LEVEL');
  if (level > MAX_ISOLATION_LEVEL) throw new ProtocolError(`ISOLATION_LEVEL ${level}`);
  return level;
}

function endTransaction(r: BufferReader, kind: 'commit' | 'rollback'): TdsTransactionRequest {
  const xactName = name(r, 'XACT_NAME');
  const beginNew = (r.u8('XACT_FLAGS') & BEGIN_XACT_FLAG) !== 0;
  if (!beginNew || r.atEnd()) return { kind, name: xactName, beginNew };
  const newIsolationLevel = isolation(r);
  const newName = r.atEnd() ? '' : name(r, 'BEGIN_XACT_NAME');
  return { kind, name: xactName, beginNew, newIsolationLevel, newName };
}

// The version is accepted for symmetry with the other decoders: TM requests exist only from 7.2,
// and always carry ALL_HEADERS.
export function decodeTransactionManager(payload: Buffer, _tdsVersion: TdsVersion): TransactionManagerRequest {
  const r = new BufferReader(payload, 0, 'TransMgrReq');
  const headers = readAllHeaders(r);
  const requestType = r.u16le('RequestType');
  let request: TdsTransactionRequest;
  switch (requestType) {
    case TM_REQUEST.BEGIN_XACT: {
      const isolationLevel = isolation(r);
      request = { kind: 'begin', isolationLevel, name: name(r, 'BEGIN_XACT_NAME') };
      break;
    }
    case TM_REQUEST.COMMIT_XACT:
      request = endTransaction(r, 'commit');
      break;
    case TM_REQUEST.ROLLBACK_XACT:
      request = endTransaction(r, 'rollback');
      break;
    case TM_REQUEST.SAVE_XACT:
      request = { kind: 'save', name: name(r, 'XACT_SAVEPOINT_NAME') };
      break;
    case TM_REQUEST.GET_DTC_ADDRESS:
    case TM_REQUEST.PROPAGATE_XACT:
    case TM_REQUEST.PROMOTE_XACT:
      return { headers, request: { kind: 'unsupported', requestType } };
    default:
      // 2.2.6.9: "If an unknown Type is specified, the message receiver SHOULD disconnect".
      throw new ProtocolError(`unknown transaction manager request type ${requestType}`);
  }
  if (!r.atEnd()) throw new ProtocolError(`${r.remaining} bytes after transaction manager request`);
  return { headers, request };
}
