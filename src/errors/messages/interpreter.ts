import type { MessageDef } from '../message-def';

// Messages of the T-SQL core (interpreter, expressions, session impersonation, WAITFOR) added
// after engine.ts was written. Texts are SQL Server's sys.messages (English).
export const interpreterMessages: Record<number, MessageDef> = {
  148: { severity: 15, text: 'Incorrect time syntax in time string \'%.*ls\' used with WAITFOR.' },
  448: { severity: 16, text: "Invalid collation '%.*ls'." },
  468: { severity: 16, text: 'Cannot resolve the collation conflict between "%.*ls" and "%.*ls" in the %ls operation.' },
  4127: { severity: 16, text: 'At least one of the arguments to COALESCE must be an expression that is not the NULL constant.' },
  15196: { severity: 16, text: 'The current security context is non-revertible. The "Revert" statement failed.' },
  15199: { severity: 16, text: 'The current security context cannot be reverted. Please switch to the original database where \'%ls\' was called and try it again.' },
  15406: { severity: 16, text: 'Cannot execute as the server principal because the principal "%.*ls" does not exist, this type of principal cannot be impersonated, or you do not have permission.' },
  15517: { severity: 16, text: 'Cannot execute as the database principal because the principal "%.*ls" does not exist, this type of principal cannot be impersonated, or you do not have permission.' },
};
