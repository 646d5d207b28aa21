// sp_addmessage @msgnum, @severity, @msgtext [, @lang] [, @with_log = 'TRUE' | 'FALSE'] [, @replace = 'REPLACE']
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-addmessage-transact-sql
// Checks in the order of SQL Server's T-SQL body: permission (15247), all of @msgnum, @severity,
// @msgtext given (15071), the number (above 50000: 15040), the severity (1..25: 15041), the
// language (15033), @with_log 'TRUE'/'FALSE' (15271), then an existing message without
// @replace = 'REPLACE' (15043). REPLACE overwrites text, severity and the log flag.
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { sqlError } from '../errors/catalog';
import { INT } from '../types/typed-value';
import { checkLanguage, FIRST_USER_MESSAGE, requireMessageAdmin, SYSNAME, trueFalse } from './user-message-support';

const MAX_SEVERITY = 25;

export const spAddmessage: ProcedureDefinition = {
  name: 'sp_addmessage',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@msgnum', type: INT, default: null },
    { name: '@severity', type: { kind: 'smallint' }, default: null },
    { name: '@msgtext', type: { kind: 'nvarchar', length: 255 }, default: null },
    { name: '@lang', type: SYSNAME, default: null },
    { name: '@with_log', type: { kind: 'varchar', length: 5 }, default: 'FALSE' },
    { name: '@replace', type: { kind: 'varchar', length: 7 }, default: null },
  ],
  async run(ctx, args) {
    const messages = await requireMessageAdmin(ctx);
    const id = args.value('@msgnum');
    const severity = args.value('@severity');
    const text = args.value('@msgtext');
    if (id === null || severity === null || text === null) throw sqlError(15071);
    if (Number(id) < FIRST_USER_MESSAGE) throw sqlError(15040);
    if (Number(severity) < 1 || Number(severity) > MAX_SEVERITY) throw sqlError(15041);
    checkLanguage(args.value('@lang'));
    const logged = trueFalse(args.value('@with_log'));
    if (logged === undefined) throw sqlError(15271);
    const replace = args.value('@replace');
    const replacing = replace !== null && String(replace).trim().toLowerCase() === 'replace';
    if (messages.find(Number(id)) && !replacing) throw sqlError(15043);
    await messages.save({ id: Number(id), severity: Number(severity), text: String(text), logged });
    return 0;
  },
};
