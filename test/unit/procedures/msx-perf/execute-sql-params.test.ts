// ProcedureContext.executeSql(text, params): values bound as variables (as sp_executesql binds
// its parameters), so a procedure's text stays the same from call to call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProcedureDefinition } from '../../../../src/engine/procedure-registry';
import { createProcedureRegistry } from '../../../../src/procedures/registry';
import { typed } from '../../../../src/types/typed-value';
import { openSession, run } from '../../engine/helpers';

const echo: ProcedureDefinition = {
  name: 'test_echo_params',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@name', type: { kind: 'nvarchar', length: 128 } }],
  async run(ctx, args) {
    await ctx.executeSql('SELECT @who AS who, @n + 1 AS n, LEN(@who) AS len', new Map([
      ['@who', typed({ kind: 'nvarchar', length: 128 }, args.value('@name'))],
      ['@n', typed({ kind: 'int' }, 41)],
    ]));
    await ctx.executeSql('SELECT CASE WHEN @who IS NULL THEN 1 ELSE 0 END', new Map([['@who', typed({ kind: 'nvarchar', length: 128 }, null)]]));
    return 0;
  },
};

test('executeSql binds params as variables of their types; NULL stays NULL; the caller\'s variables are not visible', async () => {
  const s = await openSession(createProcedureRegistry([echo]));
  const sink = await run(s, "EXEC test_echo_params N'O''Brien'; EXEC test_echo_params N'x';");
  assert.deepEqual(sink.errors.map((e) => e.number), []);
  assert.deepEqual(sink.resultSets.map((r) => r.rows[0]), [["O'Brien", 42, 7], [1], ['x', 42, 1], [1]]);
});

test('executeSql without params: a variable the text does not declare is error 137', async () => {
  const bare: ProcedureDefinition = {
    name: 'test_bare', home: 'system', permission: 'public', parameters: [],
    async run(ctx) { await ctx.executeSql('SELECT @who'); },
  };
  const s = await openSession(createProcedureRegistry([bare]));
  const sink = await run(s, 'DECLARE @who int = 1; EXEC test_bare;');
  assert.deepEqual(sink.errors.map((e) => e.number), [137]);
});
