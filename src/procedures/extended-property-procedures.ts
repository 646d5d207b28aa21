// sp_addextendedproperty, sp_updateextendedproperty, sp_dropextendedproperty: the same
// parameters (@name sysname, @value sql_variant, @level0type varchar(128), @level0name sysname,
// ... @level2name), one write through ctx.extendedProperty (the engine resolves the place,
// checks the caller and raises 15135 / 15233 / 15217). Public may call them; the write decides.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-addextendedproperty-transact-sql
import type { ExtendedPropertyRequest, ProcedureArgs, ProcedureDefinition, ProcedureParameter } from '../engine/procedure-registry';
import { text } from './catalog-sql';

const SYSNAME = { kind: 'nvarchar', length: 128 } as const;
const LEVEL_TYPE = { kind: 'varchar', length: 128 } as const;

const PARAMETERS: readonly ProcedureParameter[] = [
  { name: '@name', type: SYSNAME },
  { name: '@value', type: { kind: 'sql_variant' }, default: null },
  ...[0, 1, 2].flatMap((level): ProcedureParameter[] => [
    { name: `@level${level}type`, type: LEVEL_TYPE, default: null },
    { name: `@level${level}name`, type: SYSNAME, default: null },
  ]),
];

const level = (args: ProcedureArgs, name: string): string | null => text(args.value(name)) ?? null;

function extendedPropertyProcedure(name: string, action: ExtendedPropertyRequest['action']): ProcedureDefinition {
  return {
    name,
    home: 'system',
    permission: 'public',
    // sp_dropextendedproperty has no @value
    parameters: action === 'drop' ? PARAMETERS.filter((p) => p.name !== '@value') : PARAMETERS,
    async run(ctx, args) {
      if (!ctx.extendedProperty) throw new Error(`${name}: this context cannot write extended properties`);
      await ctx.extendedProperty({
        action,
        name: text(args.value('@name')) ?? '',
        value: action === 'drop' ? null : args.value('@value'),
        levels: {
          level0type: level(args, '@level0type'), level0name: level(args, '@level0name'),
          level1type: level(args, '@level1type'), level1name: level(args, '@level1name'),
          level2type: level(args, '@level2type'), level2name: level(args, '@level2name'),
        },
      });
      return 0;
    },
  };
}

export const spAddExtendedProperty = extendedPropertyProcedure('sp_addextendedproperty', 'add');
export const spUpdateExtendedProperty = extendedPropertyProcedure('sp_updateextendedproperty', 'update');
export const spDropExtendedProperty = extendedPropertyProcedure('sp_dropextendedproperty', 'drop');
