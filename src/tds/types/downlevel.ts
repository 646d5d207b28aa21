// What SQL Server sends to clients that negotiated an older TDS version.
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import type { TdsVersion } from '../constants';

export function downlevelType(type: SqlType, tdsVersion: TdsVersion): SqlType {
  throw new Error('todo');
}

export function downlevelValue(type: SqlType, value: SqlValue, tdsVersion: TdsVersion): SqlValue {
  throw new Error('todo');
}
