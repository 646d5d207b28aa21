// COLLATIONPROPERTY(collation_name, property): SSMS/SMO ask it at connect (ServerConnection's
// LCID and ComparisonStyle probes). msxd has one collation, the server's; any other name is NULL,
// as SQL Server answers for names it does not know.
import { SERVER_COLLATION } from '../../types/collation';
import type { Typed } from '../../types/typed-value';
import { SqlVariant } from '../../types/values';
import { argString, fn, type BuiltinFunction } from './function-types';

const VARIANT = { kind: 'sql_variant' } as const;
const INT = { kind: 'int' } as const;

// ComparisonStyle bits (COLLATIONPROPERTY docs): IgnoreCase 1, IgnoreAccent 2, IgnoreKanaType
// 65536, IgnoreWidth 131072. CI_AS = case-insensitive, accent-sensitive, kana/width-insensitive.
const PROPERTIES: Readonly<Record<string, number>> = {
  CODEPAGE: SERVER_COLLATION.codePage,
  LCID: SERVER_COLLATION.lcid,
  COMPARISONSTYLE: 1 + 65536 + 131072,
  VERSION: 0,
};

export const collationFunctions: readonly BuiltinFunction[] = [
  fn('COLLATIONPROPERTY', 2, 2, (args): Typed => {
    const name = argString(args, 0);
    const property = argString(args, 1)?.toUpperCase();
    const value = property === undefined ? undefined : PROPERTIES[property];
    if (name?.toUpperCase() !== SERVER_COLLATION.name.toUpperCase() || value === undefined) return { type: VARIANT, value: null };
    return { type: VARIANT, value: new SqlVariant(INT, value) };
  }),
];
