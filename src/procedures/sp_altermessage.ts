// sp_altermessage @message_id, @parameter = 'WITH_LOG', @parameter_value = 'TRUE' | 'FALSE'
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-altermessage-transact-sql
// Only WITH_LOG (15176 otherwise) with 'TRUE' / 'FALSE' (15277 otherwise): the message is logged
// whenever raised. msxd does not support altering its own
// catalogue messages (SQL Server allows it for system messages too), so a number without a
// user-defined message gives 15179.
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { sqlError } from '../errors/catalog';
import { INT } from '../types/typed-value';
import { requireMessageAdmin, SYSNAME, trueFalse } from './user-message-support';

export const spAltermessage: ProcedureDefinition = {
  name: 'sp_altermessage',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@message_id', type: INT },
    { name: '@parameter', type: SYSNAME },
    { name: '@parameter_value', type: { kind: 'varchar', length: 5 } },
  ],
  async run(ctx, args) {
    const messages = await requireMessageAdmin(ctx);
    const parameter = args.value('@parameter');
    if (parameter === null || String(parameter).trimEnd().toUpperCase() !== 'WITH_LOG') throw sqlError(15176);
    const logged = trueFalse(args.value('@parameter_value'));
    if (logged === undefined) throw sqlError(15277);
    const id = Number(args.value('@message_id'));
    if (!messages.find(id)) throw sqlError(15179, id);
    await messages.setLogged(id, logged);
    return 0;
  },
};
