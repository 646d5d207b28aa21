// Splits a conformance case file into batches the way sqlcmd/SSMS do: a line holding only `GO`
// (any case, optional surrounding blanks) ends a batch and is never sent. Directive comments at
// the top of a batch (`-- connect: ...`) are executed by the runner and not sent either, so the
// line numbers the server reports count from the first line after them.
import { readFileSync } from 'node:fs';

export type Directive =
  | { readonly kind: 'connect'; readonly login: string; readonly password: string | undefined; readonly database: string | undefined };

export interface Batch {
  /** 1-based index among the file's batches, as shown in the rendering */
  readonly index: number;
  /** 1-based line of the file where the sent text starts */
  readonly fileLine: number;
  readonly directives: readonly Directive[];
  /** exact text sent (empty when the batch only held directives) */
  readonly text: string;
}

const GO = /^\s*go\s*$/i;
const DIRECTIVE = /^\s*--\s*(connect)\s*:\s*(.*)$/i;

export function parseCaseFile(path: string): Batch[] {
  return splitBatches(readFileSync(path, 'utf8'), path);
}

export function splitBatches(source: string, origin = '<text>'): Batch[] {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const batches: Batch[] = [];
  let current: string[] = [];
  let start = 1;
  const flush = (): void => {
    const directives: Directive[] = [];
    let skip = 0;
    for (const line of current) {
      const match = DIRECTIVE.exec(line);
      if (match === null) break;
      directives.push(parseDirective(match[2] ?? '', `${origin}:${start + skip}`));
      skip += 1;
    }
    const body = current.slice(skip);
    const text = body.join('\n');
    if (directives.length > 0 || text.trim() !== '') {
      batches.push({ index: batches.length + 1, fileLine: start + skip, directives, text: text.trim() === '' ? '' : text });
    }
  };
  lines.forEach((line, i) => {
    if (GO.test(line)) {
      flush();
      current = [];
      start = i + 2;
    } else {
      current.push(line);
    }
  });
  flush();
  return batches;
}

/** `login=bob password=Secret1! database=master`; `login=sa` returns to the administrator. */
function parseDirective(args: string, where: string): Directive {
  const fields = new Map<string, string>();
  for (const part of args.trim().split(/\s+/)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`${where}: directive argument '${part}' is not key=value`);
    fields.set(part.slice(0, eq).toLowerCase(), part.slice(eq + 1));
  }
  const login = fields.get('login');
  if (login === undefined) throw new Error(`${where}: connect directive needs login=`);
  for (const key of fields.keys()) {
    if (!['login', 'password', 'database'].includes(key)) throw new Error(`${where}: unknown connect argument '${key}'`);
  }
  return { kind: 'connect', login, password: fields.get('password'), database: fields.get('database') };
}
