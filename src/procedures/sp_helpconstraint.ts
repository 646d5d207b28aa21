// sp_helpconstraint [@objname =] 'table' [, [@nomsg =] 'nomsg']: the table's name ('Object Name',
// left out with 'nomsg'), its constraints, then the foreign keys of other tables that reference it.
// Constraint rows as SQL Server words them: 'PRIMARY KEY (clustered)', 'UNIQUE (non-clustered)',
// 'CHECK on column c' / 'CHECK Table Level' and 'DEFAULT on column c' with their definition as
// constraint_keys, 'FOREIGN KEY' followed by a blank row whose keys are 'REFERENCES db.schema.table
// (cols)'; ordered by constraint name. 15009 unknown object, 15469 / 15470 (severity 10) when there
// is nothing to list.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpconstraint-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text, withNocount } from './catalog-sql';

const ACTION_WORDS = `CASE {} WHEN 'NO_ACTION' THEN 'No Action' WHEN 'CASCADE' THEN 'Cascade' WHEN 'SET_NULL' THEN 'Set Null'
  WHEN 'SET_DEFAULT' THEN 'Set Default' ELSE {} END`;
const action = (col: string): string => ACTION_WORDS.replace(/\{\}/g, col);

const keyList = (from: string, where: string): string =>
  `(SELECT STRING_AGG(CAST(c.name AS nvarchar(max)), ', ') WITHIN GROUP (ORDER BY x.ord) FROM (${from}) x
    JOIN sys.columns c ON c.object_id = x.object_id AND c.column_id = x.column_id WHERE ${where})`;

/** (sort_name, sort_step, constraint_type, constraint_name, delete, update, enabled, replication, keys) */
const CONSTRAINT_ROWS = `
  SELECT k.name AS sort_name, 0 AS step, CASE k.type WHEN 'PK' THEN N'PRIMARY KEY (clustered)' ELSE N'UNIQUE (non-clustered)' END,
      k.name, N'(n/a)', N'(n/a)', '(n/a)', '(n/a)',
      ${keyList('SELECT ic.object_id, ic.column_id, ic.key_ordinal AS ord, i.name AS index_name FROM sys.index_columns ic JOIN sys.indexes i ON i.object_id = ic.object_id AND i.index_id = ic.index_id', 'x.object_id = @__id AND x.index_name = k.name')}
    FROM sys.key_constraints k WHERE k.parent_object_id = @__id
  UNION ALL
  SELECT k.name, 0, CASE WHEN k.parent_column_id = 0 THEN N'CHECK Table Level' ELSE N'CHECK on column ' + COL_NAME(@__id, k.parent_column_id) END,
      k.name, N'(n/a)', N'(n/a)', CASE WHEN k.is_disabled = 1 THEN 'Disabled' ELSE 'Enabled' END,
      CASE WHEN k.is_not_for_replication = 1 THEN 'Not_For_Replication' ELSE 'Is_For_Replication' END, k.definition
    FROM sys.check_constraints k WHERE k.parent_object_id = @__id
  UNION ALL
  SELECT k.name, 0, N'DEFAULT on column ' + COL_NAME(@__id, k.parent_column_id), k.name, N'(n/a)', N'(n/a)', '(n/a)', '(n/a)', k.definition
    FROM sys.default_constraints k WHERE k.parent_object_id = @__id
  UNION ALL
  SELECT k.name, 0, N'FOREIGN KEY', k.name, ${action('k.delete_referential_action_desc')}, ${action('k.update_referential_action_desc')},
      CASE WHEN k.is_disabled = 1 THEN 'Disabled' ELSE 'Enabled' END,
      CASE WHEN k.is_not_for_replication = 1 THEN 'Not_For_Replication' ELSE 'Is_For_Replication' END,
      ${keyList('SELECT constraint_object_id, parent_object_id AS object_id, parent_column_id AS column_id, constraint_column_id AS ord FROM sys.foreign_key_columns', 'x.constraint_object_id = k.object_id')}
    FROM sys.foreign_keys k WHERE k.parent_object_id = @__id
  UNION ALL
  SELECT k.name, 1, N' ', N' ', N' ', N' ', ' ', ' ',
      N'REFERENCES ' + DB_NAME() + N'.' + OBJECT_SCHEMA_NAME(k.referenced_object_id) + N'.' + OBJECT_NAME(k.referenced_object_id) + N' ('
      + ${keyList('SELECT constraint_object_id, referenced_object_id AS object_id, referenced_column_id AS column_id, constraint_column_id AS ord FROM sys.foreign_key_columns', 'x.constraint_object_id = k.object_id')} + N')'
    FROM sys.foreign_keys k WHERE k.parent_object_id = @__id`;

export const spHelpConstraint: ProcedureDefinition = {
  name: 'sp_helpconstraint',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@objname', type: { kind: 'nvarchar', length: 776 } },
    { name: '@nomsg', type: { kind: 'varchar', length: 5 }, default: 'msg' },
  ],
  async run(ctx, args) {
    const n = nstr(text(args.value('@objname')) ?? '');
    const objectName = text(args.value('@nomsg'))?.toLowerCase() === 'nomsg' ? ''
      : `SELECT CAST(${n} AS nvarchar(776)) AS [Object Name];`;
    await ctx.executeSql(withNocount(`DECLARE @__id int = OBJECT_ID(${n});
IF @__id IS NULL OR NOT EXISTS (SELECT 1 FROM sys.objects WHERE object_id = @__id AND type IN ('U', 'V'))
  RAISERROR(15009, 16, 1, ${n}, ${nstr(ctx.database)});
ELSE
BEGIN
  ${objectName}
  IF EXISTS (SELECT 1 FROM sys.objects WHERE parent_object_id = @__id AND type IN ('PK', 'UQ', 'C', 'D', 'F'))
    SELECT CAST(r.t AS nvarchar(146)) AS constraint_type, CAST(r.n AS nvarchar(128)) AS constraint_name,
        CAST(r.d AS nvarchar(9)) AS delete_action, CAST(r.u AS nvarchar(9)) AS update_action,
        CAST(r.e AS varchar(8)) AS status_enabled, CAST(r.rp AS varchar(19)) AS status_for_replication,
        CAST(r.k AS nvarchar(2126)) AS constraint_keys
      FROM (${CONSTRAINT_ROWS}) r(sort_name, step, t, n, d, u, e, rp, k)
      ORDER BY r.sort_name, r.step;
  ELSE
    RAISERROR(15469, 10, 1, ${n});
  IF EXISTS (SELECT 1 FROM sys.foreign_keys WHERE referenced_object_id = @__id)
    SELECT CAST(DB_NAME() + N'.' + OBJECT_SCHEMA_NAME(f.parent_object_id) + N'.' + OBJECT_NAME(f.parent_object_id) + N': ' + f.name
        AS nvarchar(516)) AS [Table is referenced by foreign key]
      FROM sys.foreign_keys f WHERE f.referenced_object_id = @__id ORDER BY 1;
  ELSE
    RAISERROR(15470, 10, 1, ${n});
END`));
  },
};
