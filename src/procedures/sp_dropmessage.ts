// sp_dropmessage @msgnum [, @lang = 'all' | language]
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-dropmessage-transact-sql
// Checks: permission (15247), a number at all (15177), a user-defined one (15178), the language (15033; 'all' drops
// every language, which for msxd is us_english only), an existing message (15179).
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { sqlError } from '../errors/catalog';
import { INT } from '../types/typed-value';
import { checkLanguage, FIRST_USER_MESSAGE, requireMessageAdmin, SYSNAME } from './user-message-support';

export const spDropmessage: ProcedureDefinition = {
  name: 'sp_dropmessage',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@msgnum', type: INT, default: null },
    { name: '@lang', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const messages = await requireMessageAdmin(ctx);
    const id = args.value('@msgnum');
    if (id === null) throw sqlError(15177);
    if (Number(id) < FIRST_USER_MESSAGE) throw sqlError(15178);
    const lang = args.value('@lang');
    if (lang === null || String(lang).trim().toLowerCase() !== 'all') checkLanguage(lang);
    if (!messages.find(Number(id))) throw sqlError(15179, Number(id));
    await messages.drop(Number(id));
    return 0;
  },
};
