// sp_server_info [[@attribute_id =] n]: the ODBC catalog attributes of the server. Clients (and
// scanners, per dionaea's notes) call it right after login. Rows as SQL Server 2022 returns them.
import { PRODUCT_VERSION, PRODUCT_VERSION_STRING } from '../util/version';
import type { ProcedureDefinition } from '../engine/procedure-registry';

const ATTRIBUTES: readonly (readonly [number, string, string])[] = [
  [1, 'DBMS_NAME', 'Microsoft SQL Server'],
  [2, 'DBMS_VER', `Microsoft SQL Server 2022 - ${PRODUCT_VERSION_STRING}`],
  [10, 'OWNER_TERM', 'owner'],
  [11, 'TABLE_TERM', 'table'],
  [12, 'MAX_OWNER_NAME_LENGTH', '128'],
  [13, 'TABLE_LENGTH', '128'],
  [14, 'MAX_QUAL_LENGTH', '128'],
  [15, 'COLUMN_LENGTH', '128'],
  [16, 'IDENTIFIER_CASE', 'MIXED'],
  [17, 'TX_ISOLATION', '2'],
  [18, 'COLLATION_SEQ', 'charset=iso_1 sort_order=nocase_iso charset_num=1 sort_order_num=52'],
  [19, 'SAVEPOINT_SUPPORT', 'Y'],
  [20, 'MULTI_RESULT_SETS', 'Y'],
  [22, 'ACCESSIBLE_TABLES', 'Y'],
  [100, 'USERID_LENGTH', '128'],
  [101, 'QUALIFIER_TERM', 'database'],
  [102, 'NAMED_TRANSACTIONS', 'Y'],
  [103, 'SPROC_AS_LANGUAGE', 'Y'],
  [104, 'ACCESSIBLE_SPROC', 'Y'],
  [105, 'MAX_INDEX_COLS', '16'],
  [106, 'RENAME_TABLE', 'Y'],
  [107, 'RENAME_COLUMN', 'Y'],
  [108, 'DROP_COLUMN', 'Y'],
  [109, 'INCREASE_COLUMN_LENGTH', 'Y'],
  [110, 'DDL_IN_TRANSACTION', 'Y'],
  [111, 'DESCENDING_INDEXES', 'Y'],
  [112, 'SP_RENAME', 'Y'],
  [113, 'REMOTE_SPROC', 'Y'],
  [500, 'SYS_SPROC_VERSION', `${PRODUCT_VERSION.major}.${String(PRODUCT_VERSION.minor).padStart(2, '0')}.${PRODUCT_VERSION.build}`],
];

export const spServerInfo: ProcedureDefinition = {
  name: 'sp_server_info',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@attribute_id', type: { kind: 'int' }, default: null }],
  async run(ctx, args) {
    const id = args.value('@attribute_id');
    const rows = ATTRIBUTES.filter(([n]) => id === null || n === id);
    await ctx.resultSet(
      [
        { name: 'attribute_id', type: { kind: 'int' }, nullable: false },
        { name: 'attribute_name', type: { kind: 'varchar', length: 60 }, nullable: false },
        { name: 'attribute_value', type: { kind: 'varchar', length: 255 }, nullable: true },
      ],
      rows.map(([n, name, value]) => [n, name, value]),
    );
    return 0;
  },
};
