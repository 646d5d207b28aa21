// "%hs is terminating abnormally." (3013) after the error that stopped a BACKUP or RESTORE, as
// SQL Server sends the pair (911 then 3013, 3201 then 3013 ...). Statements msxd does not
// support (NotSupportedError) are refused as such, without 3013.
import { sqlError } from '../../errors/catalog';
import { NotSupportedError, SqlError } from '../../errors/sql-error';
import { precededBy } from '../interpreter/preceding-errors';

export async function withTermination(what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof SqlError && !(e instanceof NotSupportedError)) throw precededBy(sqlError(3013, what), e);
    throw e;
  }
}
