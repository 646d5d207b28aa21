// SQL Server data types as msxd models them: one descriptor shared by the engine (typing rules,
// conversions) and the TDS layer (TYPE_INFO and value encoding), so neither translates the other's.
// A leaf module: imports nothing but errors/util.

/** Collation of character data. msxd has one server collation, SQL_Latin1_General_CP1_CI_AS. */
export interface Collation {
  readonly name: string;
  readonly lcid: number;
  /** TDS collation flags (ignore case, ignore accent, ...), MS-TDS 2.2.5.1.2 */
  readonly flags: number;
  readonly sortId: number;
  readonly codePage: number;
}

export type SqlType =
  | { readonly kind: 'bit' }
  | { readonly kind: 'tinyint' }
  | { readonly kind: 'smallint' }
  | { readonly kind: 'int' }
  | { readonly kind: 'bigint' }
  | { readonly kind: 'decimal'; readonly precision: number; readonly scale: number; readonly numeric?: boolean }
  | { readonly kind: 'real' }
  | { readonly kind: 'float' }
  | { readonly kind: 'money' }
  | { readonly kind: 'smallmoney' }
  /** length in bytes (char/varchar) or characters (nchar/nvarchar); 'max' for the MAX types */
  | { readonly kind: 'char' | 'varchar' | 'nchar' | 'nvarchar'; readonly length: number | 'max' }
  | { readonly kind: 'binary' | 'varbinary'; readonly length: number | 'max' }
  | { readonly kind: 'text' | 'ntext' | 'image' }
  | { readonly kind: 'uniqueidentifier' }
  | { readonly kind: 'date' }
  /** scale = fractional-second digits, 0..7 */
  | { readonly kind: 'time' | 'datetime2' | 'datetimeoffset'; readonly scale: number }
  | { readonly kind: 'datetime' }
  | { readonly kind: 'smalldatetime' }
  | { readonly kind: 'sql_variant' }
  | { readonly kind: 'xml' };

export type SqlTypeKind = SqlType['kind'];
