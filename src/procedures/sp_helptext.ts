// sp_helptext [@objname =] 'name' [, @columnname]: the definition of a view, procedure, function or
// trigger, one row per line (nvarchar(255) "Text", lines keep their terminators; longer lines are
// cut in 255-character pieces). 15009 for an unknown object, 15197 when it has no text.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helptext-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, withNocount } from './catalog-sql';

export const spHelpText: ProcedureDefinition = {
  name: 'sp_helptext',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@objname', type: { kind: 'nvarchar', length: 776 } },
    { name: '@columnname', type: { kind: 'nvarchar', length: 128 }, default: null },
  ],
  async run(ctx, args) {
    const name = nstr(args.value('@objname'));
    await ctx.executeSql(withNocount(`DECLARE @__id int = OBJECT_ID(${name});
IF @__id IS NULL
  RAISERROR(15009, 16, 1, ${name}, ${nstr(ctx.database)});
ELSE IF NOT EXISTS (SELECT 1 FROM sys.sql_modules WHERE object_id = @__id AND definition IS NOT NULL)
  RAISERROR(15197, 16, 1, ${name});
ELSE
BEGIN
  DECLARE @__lines TABLE (n int IDENTITY(1, 1) PRIMARY KEY, [Text] nvarchar(255));
  DECLARE @__def nvarchar(max) = (SELECT definition FROM sys.sql_modules WHERE object_id = @__id);
  DECLARE @__pos int = 1, @__next int, @__len int = LEN(@__def + N'x') - 1;
  WHILE @__pos <= @__len
  BEGIN
    SET @__next = CHARINDEX(NCHAR(10), @__def, @__pos);
    IF @__next = 0 SET @__next = @__len;
    WHILE @__next - @__pos + 1 > 255
    BEGIN
      INSERT @__lines ([Text]) VALUES (SUBSTRING(@__def, @__pos, 255));
      SET @__pos = @__pos + 255;
    END
    INSERT @__lines ([Text]) VALUES (SUBSTRING(@__def, @__pos, @__next - @__pos + 1));
    SET @__pos = @__next + 1;
  END
  SELECT [Text] FROM @__lines ORDER BY n;
END`));
  },
};
