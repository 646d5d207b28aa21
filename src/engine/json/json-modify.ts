// JSON_MODIFY's edit ("JSON_MODIFY (Transact-SQL)", lax / strict table): update, insert or delete
// one property, or append to an array, by splicing the original text so everything outside the
// edit keeps its formatting.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { descend, memberSpans, type JsonMemberSpan } from './json-lookup';
import type { JsonPath } from './json-path';
import { jsonStringLiteral } from './json-escape';
import { JsonText } from './json-text';

/** the state of 13609 / 13608 that names JSON_MODIFY */
const MODIFY_STATE = { TEXT: 7, PATH: 2 } as const;

/**
 * `text` with the value at `path` set to `value` (JSON text of the new value; null for SQL NULL,
 * which deletes the property in lax mode and writes null in strict mode).
 */
export function modifyJson(text: string, path: JsonPath, value: string | null): string {
  const doc = new JsonText(text, MODIFY_STATE.TEXT);
  const rootStart = doc.root();
  const root = doc.validate(rootStart);
  if (!path.append && path.steps.length === 0) throw sqlError(13619, 2);
  const strict = path.mode === 'strict';
  const unchanged = (): string => {
    if (strict) throw sqlErrorWithState(13608, MODIFY_STATE.PATH);
    return text;
  };
  const splice = (from: number, to: number, insert: string): string => text.slice(root.start, from) + insert + text.slice(to, root.end);

  if (path.append) {
    const target = descend(doc, rootStart, path.steps);
    if (target === undefined) {
      // Lax append to a missing property creates the array ("Modify JSON text": append).
      if (strict || value === null || path.steps.length === 0) return unchanged();
      return modifyJson(text, { ...path, append: false }, `[${value}]`);
    }
    if (doc.text.charAt(target) !== '[') {
      if (strict) throw sqlError(13621);
      return text;
    }
    if (value === null && !strict) return text;
    const elements = memberSpans(doc, target, path.steps.length);
    const last = elements[elements.length - 1];
    const item = value ?? 'null';
    return last ? splice(last.end, last.end, `,${item}`) : splice(target + 1, target + 1, item);
  }

  const parentSteps = path.steps.slice(0, -1);
  const step = path.steps[path.steps.length - 1]!;
  const parent = descend(doc, rootStart, parentSteps);
  if (parent === undefined || doc.text.charAt(parent) !== (step.kind === 'key' ? '{' : '[')) return unchanged();
  const members = memberSpans(doc, parent, parentSteps.length);
  const i = members.findIndex((m) => (step.kind === 'key' ? m.key === step.name : m.index === step.index));
  const found = members[i];
  if (!found) {
    if (step.kind === 'index' || value === null) return unchanged();
    if (strict) throw sqlErrorWithState(13608, MODIFY_STATE.PATH);
    const member = `${jsonStringLiteral(step.name)}:${value}`;
    const last = members[members.length - 1];
    return last ? splice(last.end, last.end, `,${member}`) : splice(parent + 1, parent + 1, member);
  }
  if (value === null && !strict && step.kind === 'key') return deleteMember(members, i, splice);
  return splice(found.start, found.end, value ?? 'null');
}

/** removes member `i` with one of the commas around it */
function deleteMember(members: readonly JsonMemberSpan[], i: number, splice: (from: number, to: number, insert: string) => string): string {
  const m = members[i]!;
  const next = members[i + 1];
  if (next) return splice(m.memberStart, next.memberStart, '');
  const previous = members[i - 1];
  return splice(previous ? previous.end : m.memberStart, m.end, '');
}
