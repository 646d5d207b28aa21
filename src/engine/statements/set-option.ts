// SET <option> ...: the session options of set-options.ts. Options SQL Server accepts but msxd does
// not act on (STATISTICS IO, DEADLOCK_PRIORITY, ...) are remembered and otherwise ignored; options
// that would change results in ways msxd cannot honour (NOEXEC, PARSEONLY, SHOWPLAN_*) are refused
// when switched ON; FMTONLY ON is honoured for SELECT (fmtonly.ts).
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import type { OptionValue, SetOptionStatement, SetTransactionIsolationStatement } from '../../tsql/ast';
import { notSupportedExpression } from './not-supported';
import { evaluate } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import {
  ANSI_DEFAULTS_GROUP, LANGUAGES, OPTION_BITS, setBit, type BooleanOption, type DateFormat, type IsolationLevel,
} from '../session/set-options';

const DATE_FORMATS: readonly DateFormat[] = ['mdy', 'dmy', 'ymd', 'ydm', 'myd', 'dym'];
const REFUSED_WHEN_ON = new Set(['NOEXEC', 'PARSEONLY', 'SHOWPLAN_ALL', 'SHOWPLAN_TEXT', 'SHOWPLAN_XML', 'STATISTICS XML', 'STATISTICS PROFILE']);
const ACCEPTED_FLAGS = new Set(['STATISTICS IO', 'STATISTICS TIME', 'FORCEPLAN', 'NO_BROWSETABLE', 'REMOTE_PROC_TRANSACTIONS', 'NOEXEC', 'FMTONLY', 'PARSEONLY', 'SHOWPLAN_ALL', 'SHOWPLAN_TEXT', 'SHOWPLAN_XML', 'STATISTICS XML', 'STATISTICS PROFILE']);

export function executeSetOption(stmt: SetOptionStatement, scope: Scope): void {
  for (const option of stmt.options) setOption(option, stmt.value, scope);
  scope.session.rowCount = 0;
  scope.session.lastError = 0;
}

function setOption(option: string, value: OptionValue, scope: Scope): void {
  const o = scope.session.options;
  if (option in OPTION_BITS) {
    setBit(o, option as BooleanOption, onOff(value, option));
    return;
  }
  switch (option) {
    case 'ANSI_DEFAULTS': {
      const on = onOff(value, option);
      for (const b of ANSI_DEFAULTS_GROUP) setBit(o, b, on);
      if (on) o.flags.add(option);
      else o.flags.delete(option);
      return;
    }
    case 'TEXTSIZE': o.textSize = numberValue(value, scope); return;
    case 'LOCK_TIMEOUT': o.lockTimeout = numberValue(value, scope); return;
    case 'ROWCOUNT': o.rowCountLimit = Math.max(0, numberValue(value, scope)); return;
    case 'QUERY_GOVERNOR_COST_LIMIT': o.queryGovernorCostLimit = numberValue(value, scope); return;
    case 'DATEFIRST': {
      const n = numberValue(value, scope);
      if (n < 1 || n > 7) throw sqlError(2742, n);
      o.dateFirst = n;
      return;
    }
    case 'DATEFORMAT': {
      const f = textValue(value, scope).toLowerCase() as DateFormat;
      if (!DATE_FORMATS.includes(f)) throw sqlError(2741, textValue(value, scope));
      o.dateFormat = f;
      return;
    }
    case 'LANGUAGE': {
      const name = textValue(value, scope);
      const lang = LANGUAGES[name.toLowerCase()];
      if (!lang) throw sqlError(2740, name);
      const old = o.language;
      o.language = lang.name;
      o.dateFormat = lang.dateFormat;
      o.dateFirst = lang.dateFirst;
      scope.run.sink.envChange({ kind: 'language', newValue: lang.name, oldValue: old });
      scope.run.sink.message(sqlErrorWithState(5703, 1, lang.name));
      return;
    }
    case 'DEADLOCK_PRIORITY': {
      const words: Record<string, number> = { LOW: -5, NORMAL: 0, HIGH: 5 };
      o.deadlockPriority = value.kind === 'word' ? words[value.value.toUpperCase()] ?? 0 : numberValue(value, scope);
      return;
    }
    default:
      if (ACCEPTED_FLAGS.has(option)) {
        const on = onOff(value, option);
        if (on && REFUSED_WHEN_ON.has(option)) throw notSupportedExpression(`SET ${option} ON`);
        if (on) o.flags.add(option);
        else o.flags.delete(option);
        return;
      }
      throw sqlError(195, option, 'SET option');
  }
}

function onOff(value: OptionValue, option: string): boolean {
  if (value.kind === 'onOff') return value.on;
  throw sqlError(195, option, 'SET option');
}

function numberValue(value: OptionValue, scope: Scope): number {
  switch (value.kind) {
    case 'number': return value.value;
    case 'variable': return Number(evaluate({ kind: 'variable', line: 0, name: value.name }, { scope }).value ?? 0);
    case 'string': case 'word': return Number(value.value);
    default: return 0;
  }
}

function textValue(value: OptionValue, scope: Scope): string {
  switch (value.kind) {
    case 'word': case 'string': return value.value;
    case 'variable': return String(evaluate({ kind: 'variable', line: 0, name: value.name }, { scope }).value ?? '');
    case 'number': return String(value.value);
    default: return '';
  }
}

export function executeSetIsolation(stmt: SetTransactionIsolationStatement, scope: Scope): void {
  scope.session.options.isolationLevel = stmt.level.toUpperCase() as IsolationLevel;
  scope.session.rowCount = 0;
}
