// The result set of sp_describe_undeclared_parameters: SQL Server's 24 columns in its order and
// types ("sp_describe_undeclared_parameters (Transact-SQL)", Result sets), one row per parameter.
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import { typeDisplay } from '../../types/type-names';
import { maxLengthOf, precisionOf, scaleOf, systemTypeIdOf } from '../catalog/type-facts';
import type { ResultColumn } from '../result-sink';
import { tdsFacts } from './tds-facts';
import type { Deduced } from './undeclared-parameters';

const BIT = { kind: 'bit' } as const;
const INT = { kind: 'int' } as const;
const SYSNAME = { kind: 'nvarchar', length: 128 } as const;

const col = (name: string, type: SqlType, nullable: boolean): ResultColumn => ({ name, type, nullable });

export const UNDECLARED_COLUMNS: readonly ResultColumn[] = [
  col('parameter_ordinal', INT, false), col('name', SYSNAME, false), col('suggested_system_type_id', INT, false),
  col('suggested_system_type_name', { kind: 'nvarchar', length: 256 }, true), col('suggested_max_length', { kind: 'smallint' }, false),
  col('suggested_precision', { kind: 'tinyint' }, false), col('suggested_scale', { kind: 'tinyint' }, false),
  col('suggested_user_type_id', INT, true), col('suggested_user_type_database', SYSNAME, true),
  col('suggested_user_type_schema', SYSNAME, true), col('suggested_user_type_name', SYSNAME, true),
  col('suggested_assembly_qualified_type_name', { kind: 'nvarchar', length: 4000 }, true),
  col('suggested_xml_collection_id', INT, true), col('suggested_xml_collection_database', SYSNAME, true),
  col('suggested_xml_collection_schema', SYSNAME, true), col('suggested_xml_collection_name', SYSNAME, true),
  col('suggested_is_xml_document', BIT, false), col('suggested_is_case_sensitive', BIT, false),
  col('suggested_is_fixed_length_clr_type', BIT, false), col('suggested_is_input', BIT, false),
  col('suggested_is_output', BIT, false), col('formal_parameter_name', SYSNAME, true),
  col('suggested_tds_type_id', INT, false), col('suggested_tds_length', INT, false),
];

export function undeclaredRow(p: Deduced, ordinal: number): SqlValue[] {
  // a parameter is always nullable: its TDS type is the N-type (INTN ...)
  const tds = tdsFacts(p.type, true);
  return [
    ordinal, p.name, systemTypeIdOf(p.type), typeDisplay(p.type), maxLengthOf(p.type), precisionOf(p.type), scaleOf(p.type),
    null, null, null, null, null, null, null, null, null,
    false, false, false, p.input, p.output, null, tds.typeId, tds.length,
  ];
}
