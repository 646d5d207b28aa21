// sys.messages as the engine reads and writes it: user-defined messages (sp_addmessage) are
// looked up before the catalogue, so RAISERROR(50001, ...) and FORMATMESSAGE(50001, ...) use them;
// src/errors stays free of the store (errors/catalog.ts knows only msxd's own messages).
import { messageDef } from '../../errors/catalog';
import type { MessageDef } from '../../errors/message-def';
import {
  dropMessage, findMessage, FIRST_USER_MESSAGE, saveMessage, setMessageLogged, type MessageRow,
} from '../../store/index';
import { lockWait, storageOf } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';

export interface ResolvedMessage extends MessageDef {
  /** sp_addmessage ... @with_log = 'TRUE' / sp_altermessage: logged whenever raised */
  readonly logged: boolean;
}

/** a user-defined message of sys.messages (us_english), or else msxd's catalogue */
export function resolveMessage(scope: Scope, id: number): ResolvedMessage | undefined {
  if (id >= FIRST_USER_MESSAGE && scope.session.storage) {
    const m = findMessage(scope.session.storage, id);
    if (m) return { severity: m.severity, text: m.text, logged: m.logged };
  }
  const def = messageDef(id);
  return def ? { ...def, logged: false } : undefined;
}

export function findUserMessage(scope: Scope, id: number): MessageRow | undefined {
  return findMessage(storageOf(scope), id);
}

/** The procedures' writes, in master under the write lock. */
export async function writeUserMessage(
  scope: Scope,
  change: { readonly kind: 'save'; readonly row: MessageRow } | { readonly kind: 'log'; readonly id: number; readonly logged: boolean } | { readonly kind: 'drop'; readonly id: number },
): Promise<void> {
  const s = storageOf(scope);
  s.ensureAttached(['master']);
  await s.withWriteLock(() => {
    switch (change.kind) {
      case 'save': return saveMessage(s, change.row);
      case 'log': return setMessageLogged(s, change.id, change.logged);
      case 'drop': return dropMessage(s, change.id);
      default: { const never: never = change; throw new Error(`writeUserMessage: ${String(never)}`); }
    }
  }, lockWait(scope));
}
