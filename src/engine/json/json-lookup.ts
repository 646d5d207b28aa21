// Following a parsed path through JSON text: the lazy lookup of JSON_VALUE / JSON_QUERY /
// OPENJSON, and the member lists JSON_MODIFY and OPENJSON work from.
import type { JsonPathStep } from './json-path';
import type { JsonSpan, JsonText } from './json-text';

export interface JsonMemberSpan extends JsonSpan {
  readonly key?: string;
  readonly index: number;
  readonly memberStart: number;
}

/**
 * The value `steps` name, read whole; undefined when a step is missing. A miss means the reader
 * went through the entire text, so it is validated to its end first ("JSON_VALUE (Transact-SQL)":
 * when the value is not found the whole text is scanned and invalid JSON anywhere raises).
 */
export function lookup(doc: JsonText, steps: readonly JsonPathStep[]): JsonSpan | undefined {
  const found = descend(doc, doc.root(), steps);
  if (found !== undefined) return doc.value(found, steps.length);
  doc.validate(doc.root());
  return undefined;
}

/** the start of the value `steps` name below the value at `start`, reading no further than needed */
export function descend(doc: JsonText, start: number, steps: readonly JsonPathStep[]): number | undefined {
  let at = start;
  for (let depth = 0; depth < steps.length; depth++) {
    const step = steps[depth]!;
    const c = doc.text.charAt(at);
    if (c !== (step.kind === 'key' ? '{' : '[')) return undefined;
    let next: number | undefined;
    for (const m of doc.members(at, depth)) {
      // Duplicate keys: the first match wins ("JSON Path Expressions": duplicate paths).
      if (step.kind === 'key' ? m.key === step.name : m.index === step.index) {
        next = m.start;
        break;
      }
    }
    if (next === undefined) return undefined;
    at = next;
  }
  return at;
}

/** every member of the container at `start` with its value's span */
export function memberSpans(doc: JsonText, start: number, depth: number): JsonMemberSpan[] {
  const out: JsonMemberSpan[] = [];
  for (const m of doc.members(start, depth)) {
    const span = doc.value(m.start, depth + 1);
    out.push(m.key === undefined ? { ...span, index: m.index, memberStart: m.memberStart } : { ...span, key: m.key, index: m.index, memberStart: m.memberStart });
  }
  return out;
}
