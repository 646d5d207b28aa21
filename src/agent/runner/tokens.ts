// SQL Server Agent tokens in a job step's command and output file name ("Use Tokens in Job
// Steps"): `$(ESCAPE_SQUOTE(DATE))` and its siblings are replaced before the step runs. Since
// SQL Server 2005 SP1 a token without an escape macro fails the step (KB 915845); a name the
// agent does not know fails it with "Variable <name> not found". Alert tokens (A-DBN, A-SVR,
// A-ERR, A-SEV, A-MSG, WMI(property)) are replaced only in a run started by an alert and only
// when "Replace tokens for all job responses to alerts" is on; otherwise they stay as written.
// Pure: the values come from a TokenContext (token-context.ts builds it).

export const ESCAPE_MACROS = {
  ESCAPE_SQUOTE: (v: string): string => v.replaceAll("'", "''"),
  ESCAPE_DQUOTE: (v: string): string => v.replaceAll('"', '""'),
  ESCAPE_RBRACKET: (v: string): string => v.replaceAll(']', ']]'),
  ESCAPE_NONE: (v: string): string => v,
} as const;

type EscapeMacro = keyof typeof ESCAPE_MACROS;

/** The alert that started the run: the values of the alert tokens. */
export interface AlertTokenValues {
  readonly databaseName: string;
  readonly serverName: string;
  readonly errorNumber: number;
  readonly severity: number;
  readonly message: string;
  /** WMI(property) values of a WMI alert's event (msxd fires none) */
  readonly wmi?: Readonly<Record<string, string>>;
}

export interface TokenContext {
  /** static tokens by their (case-sensitive) names: DATE, JOBID, SRVR, ... */
  readonly values: Readonly<Record<string, string>>;
  /** set only when an alert started the run */
  readonly alert: AlertTokenValues | null;
  /** the Agent's "Replace tokens for all job responses to alerts" (AlertReplaceRuntimeTokens) */
  readonly replaceAlertTokens: boolean;
}

export type TokenReplacement =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

/** The reason SQL Server Agent gives for a token without an escape macro (history text). */
export const UNESCAPED_TOKEN_REASON = 'The job step contains tokens. For SQL Server 2005 Service Pack 1 or later, you must use the appropriate ESCAPE_xxx macro to update job steps containing tokens before the job can run.';

const ALERT_TOKENS = ['A-DBN', 'A-SVR', 'A-ERR', 'A-SEV', 'A-MSG'] as const;

type Resolved =
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'keep' }
  | { readonly kind: 'unknown' };

/** Replaces every token of `text`; the first faulty one (in text order) fails the whole text. */
export function replaceTokens(text: string, ctx: TokenContext): TokenReplacement {
  let out = '';
  let from = 0;
  for (;;) {
    const at = text.indexOf('$(', from);
    if (at < 0) return { ok: true, text: out + text.slice(from) };
    const close = matchingParen(text, at + 1);
    if (close < 0) return { ok: false, reason: `line(${lineOf(text, at)}): Syntax error` };
    const whole = text.slice(at, close + 1);
    const body = text.slice(at + 2, close);
    const macro = escapeMacroOf(body);
    const name = macro ? body.slice(macro.length + 1, -1) : body;
    const resolved = resolve(name, ctx);
    if (resolved.kind === 'unknown') return { ok: false, reason: `Variable ${name} not found` };
    if (!macro) return { ok: false, reason: UNESCAPED_TOKEN_REASON };
    out += text.slice(from, at) + (resolved.kind === 'keep' ? whole : ESCAPE_MACROS[macro](resolved.value));
    from = close + 1;
  }
}

/** The index of the ')' closing the '(' at `open`, counting nested pairs; -1 when unclosed. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function escapeMacroOf(body: string): EscapeMacro | null {
  for (const m of Object.keys(ESCAPE_MACROS) as EscapeMacro[]) {
    if (body.startsWith(`${m}(`) && body.endsWith(')')) return m;
  }
  return null;
}

function resolve(name: string, ctx: TokenContext): Resolved {
  const wmi = name.startsWith('WMI(') && name.endsWith(')') ? name.slice(4, -1) : null;
  if (wmi !== null || (ALERT_TOKENS as readonly string[]).includes(name)) {
    if (!ctx.alert || !ctx.replaceAlertTokens) return { kind: 'keep' };
    const value = wmi !== null ? ctx.alert.wmi?.[wmi] : alertValue(name, ctx.alert);
    return value === undefined ? { kind: 'keep' } : { kind: 'value', value };
  }
  const value = Object.hasOwn(ctx.values, name) ? ctx.values[name] : undefined;
  return value === undefined ? { kind: 'unknown' } : { kind: 'value', value };
}

function alertValue(name: string, a: AlertTokenValues): string | undefined {
  switch (name) {
    case 'A-DBN': return a.databaseName;
    case 'A-SVR': return a.serverName;
    case 'A-ERR': return String(a.errorNumber);
    case 'A-SEV': return String(a.severity);
    case 'A-MSG': return a.message;
    default: return undefined;
  }
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
