// MS-TDS 2.2.6.9 Transaction Manager Request.
import { ProtocolError } from '../../errors/protocol-error';
import type { TdsVersion } from '../constants';
import type { AllHeaders } from './all-headers';

/** MS-TDS 2.2.6.9 RequestType. */
export const TM_REQUEST = {
  GET_DTC_ADDRESS: 0,
  PROPAGATE_XACT: 1,
  BEGIN_XACT: 5,
  PROMOTE_XACT: 6,
  COMMIT_XACT: 7,
  ROLLBACK_XACT: 8,
  SAVE_XACT: 9,
} as const;

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

export function decodeTransactionManager(payload: Buffer, tdsVersion: TdsVersion): TransactionManagerRequest {
  throw new ProtocolError('todo');
}
