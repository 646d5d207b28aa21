// MS-TDS 2.2.5.1.2 collation: 5 bytes.
import type { Collation } from '../../types/sql-type';

export function encodeCollation(collation: Collation): Buffer {
  throw new Error('todo');
}
