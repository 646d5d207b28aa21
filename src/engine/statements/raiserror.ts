// RAISERROR (msg, severity, state [, args]) [WITH LOG|NOWAIT|SETERROR]. A string message is number
// 50000 formatted printf-style; a number looks the message up in the catalogue. Severity <= 10 is
// informational; 11..18 an error that does not abort the batch; 19+ needs sysadmin and WITH LOG.
// A number names a user-defined message of sys.messages (sp_addmessage) or a catalogue one; a
// message added WITH_LOG is logged whoever raises it, as WITH LOG would.
import { formatMessage, sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { RaiserrorStatement } from '../../tsql/ast';
import { isCharacter, isInteger } from '../../types/categories';
import type { Typed } from '../../types/typed-value';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import { markOrigin } from '../interpreter/error-policy';
import type { Scope } from '../interpreter/scope';
import { resolveMessage } from './user-messages';

const MAX_ARGS = 20;

export function executeRaiserror(stmt: RaiserrorStatement, scope: Scope): void {
  const ctx = { scope };
  const msg = unwrapVariant(evaluate(stmt.message, ctx));
  let severity = toInt(unwrapVariant(evaluate(stmt.severity, ctx)));
  let state = toInt(unwrapVariant(evaluate(stmt.state, ctx)));
  if (stmt.args.length > MAX_ARGS) throw sqlError(2747, MAX_ARGS);
  const args = stmt.args.map((a, i) => substitution(unwrapVariant(evaluate(a, ctx)), i + 1));
  const withLog = stmt.options.includes('LOG');
  // A negative severity means "the message's own" (msdb's procedures raise RAISERROR(n, -1, -1));
  // for an ad hoc string that is 50000's 16.
  const catalogued = msg.value !== null && isInteger(msg.type) ? resolveMessage(scope, Number(msg.value)) : undefined;
  if (severity < 0) severity = catalogued?.severity ?? 16;
  severity = Math.min(severity, 25);
  if (state < 0) state = 1;
  if (state > 255) state = 255;
  if (severity > 18 && !scope.session.isSysadmin) throw sqlError(2754, 18);
  if (severity > 18 && !withLog) throw sqlError(2754, 18);
  if (withLog && !scope.session.isSysadmin) throw sqlError(2778, 'WITH LOG', 'RAISERROR');

  let number = 50000;
  let text: string;
  if (msg.value !== null && isInteger(msg.type)) {
    number = Number(msg.value);
    if (number < 13000 || number === 50000) throw sqlError(2732, number, 13000, 2147483647);
    if (!catalogued) throw sqlError(18054, number, severity, state);
    text = formatMessage(catalogued.text, args);
  } else {
    text = formatMessage(msg.value === null ? '' : String(msg.value), args);
  }
  const base = sqlError(50000, text);
  const err = markOrigin(new SqlError(number, severity, state, base.message, scope.frame.procName, stmt.line), 'raiserror');
  if (withLog || catalogued?.logged === true) {
    const { session, engine } = scope;
    engine.errorLog.record({
      number, severity, state, text: base.message, database: session.database,
      loginName: session.login.loginName, spid: session.login.spid, loggedAt: engine.now(),
    });
    // SQL Server's ERRORLOG line for it; the node's log is msxd's error log file
    engine.logger.warn({ spid: session.login.spid, number, severity, state }, `Error: ${number}, Severity: ${severity}, State: ${state}. ${base.message}`);
  }
  if (severity <= 10) {
    scope.run.sink.message(err);
    scope.session.lastError = stmt.options.includes('SETERROR') ? number : 0;
    return;
  }
  throw err;
}

function toInt(t: Typed): number {
  return t.value === null ? 0 : Number(t.value);
}

/** RAISERROR accepts integer, character and binary substitution arguments (2748 otherwise). */
function substitution(t: Typed, position: number): unknown {
  if (t.value === null) return null;
  if (isInteger(t.type) || isCharacter(t.type)) return typeof t.value === 'bigint' ? t.value.toString() : t.value;
  if (t.type.kind === 'binary' || t.type.kind === 'varbinary') return t.value;
  throw sqlError(2748, t.type.kind, position);
}
