-- JSON_VALUE, lax mode ("JSON_VALUE (Transact-SQL)", lax / strict table)
DECLARE @j nvarchar(max) = N'{"info":{"type":1,"address":{"town":"Bristol","county":"Avon","country":"England"},"tags":["Sport","Water polo"]},"type":"Basic"}';
SELECT JSON_VALUE(@j, '$') AS root_, JSON_VALUE(@j, '$.info.type') AS info_type, JSON_VALUE(@j, '$.info.address.town') AS town,
       JSON_VALUE(@j, '$.info."address"') AS address, JSON_VALUE(@j, '$.info.tags') AS tags, JSON_VALUE(@j, '$.info.type[0]') AS type0,
       JSON_VALUE(@j, '$.info.none') AS none, JSON_VALUE(@j, 'lax $.type') AS lax_type;
GO
-- JSON_QUERY, lax mode ("JSON_QUERY (Transact-SQL)")
DECLARE @j nvarchar(max) = N'{"info":{"type":1,"address":{"town":"Bristol","county":"Avon","country":"England"},"tags":["Sport","Water polo"]},"type":"Basic"}';
SELECT JSON_QUERY(@j, '$.info.address') AS address, JSON_QUERY(@j, '$.info.tags') AS tags, JSON_QUERY(@j, '$.info.type') AS info_type,
       JSON_QUERY(@j, '$.info.address.town') AS town, JSON_QUERY(@j, '$.info.none') AS none, JSON_QUERY(N'[1, {"a": [2]}]') AS whole;
GO
-- Scalars: strings unescaped, numbers and literals as written, JSON null is NULL; arrays are zero-based
SELECT JSON_VALUE(N'{"s":"a\"b\u00e9\/c"}', '$.s') AS s, JSON_VALUE(N'{"n":1.50e2}', '$.n') AS n, JSON_VALUE(N'{"b":true}', '$.b') AS b,
       JSON_VALUE(N'{"z":null}', '$.z') AS z, JSON_VALUE(N'[10,20,30]', '$[1]') AS second, JSON_VALUE(N'{"first name":"Ann"}', '$."first name"') AS quoted,
       JSON_VALUE(N'{"people":[{"name":"John"},{"name":"Jane","surname":null}]}', '$.people[1].name') AS jane;
GO
-- Duplicate keys: the first value wins ("JSON Path Expressions": duplicate paths)
SELECT JSON_VALUE(N'{"a":1,"a":2}', '$.a') AS a, JSON_QUERY(N'{"o":[1],"o":[2]}', '$.o') AS o;
GO
-- Invalid JSON after the value found is not read; before it (or when the value is missing) it raises
SELECT JSON_VALUE(N'{"a":1,"b":}', '$.a') AS found_first;
GO
DECLARE @v nvarchar(4000);
SET @v = JSON_VALUE(N'{"a":1,"b":}', '$.c');
GO
DECLARE @v nvarchar(4000);
SET @v = JSON_VALUE(N'{"a":1}', 'a.b');
GO
-- Strict mode raises where lax mode returns NULL
DECLARE @v nvarchar(max);
BEGIN TRY SET @v = JSON_VALUE(N'{"a":1}', 'strict $.b'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY SET @v = JSON_VALUE(N'{"a":[1]}', 'strict $.a'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY SET @v = JSON_QUERY(N'{"a":1}', 'strict $.a'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY SET @v = JSON_QUERY(N'{"a":1}', 'strict $.b'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
SELECT JSON_VALUE(N'{"a":"x"}', 'strict $.a') AS strict_found, JSON_QUERY(N'{"a":[1]}', 'strict $.a') AS strict_query;
GO
-- Malformed paths and documents
DECLARE @v nvarchar(max);
BEGIN TRY SET @v = JSON_VALUE(N'{"a":1}', '$.a b'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY SET @v = JSON_QUERY(N'{"a":1}', '$.'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY SET @v = JSON_VALUE(N'{x}', '$.a'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY SET @v = JSON_VALUE(N'[1,2,]', '$[5]'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
GO
-- JSON_VALUE is nvarchar(4000): a longer string is NULL in lax mode and an error in strict mode
DECLARE @j nvarchar(max) = N'{"a":"' + REPLICATE(CAST(N'x' AS nvarchar(max)), 4001) + N'","b":"' + REPLICATE(CAST(N'y' AS nvarchar(max)), 4000) + N'"}';
SELECT JSON_VALUE(@j, '$.a') AS a, LEN(JSON_VALUE(@j, '$.b')) AS b_len;
BEGIN TRY SELECT LEN(JSON_VALUE(@j, 'strict $.a')) AS strict_len; END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
GO
-- ISJSON: objects and arrays without a type constraint; VALUE, ARRAY, OBJECT, SCALAR (SQL Server 2022)
SELECT ISJSON(N'{"a":1}') AS obj, ISJSON(N' [1,2] ') AS arr, ISJSON(N'true') AS bool_, ISJSON(N'"s"') AS str, ISJSON(N'not json') AS bad,
       ISJSON(N'{"a":1') AS open_, ISJSON(N'{"a":1,"a":2}') AS dup, ISJSON(NULL) AS null_;
SELECT ISJSON('true', VALUE) AS v_true, ISJSON('test string', VALUE) AS v_bad, ISJSON('"test string"', SCALAR) AS s_str,
       ISJSON('null', SCALAR) AS s_null, ISJSON('[1]', ARRAY) AS a_arr, ISJSON('{}', ARRAY) AS a_obj, ISJSON('{}', OBJECT) AS o_obj;
GO
-- JSON_MODIFY ("JSON_MODIFY (Transact-SQL)" examples): update, insert, delete, append
DECLARE @info nvarchar(100) = N'{"name":"John","skills":["C#","SQL"]}';
SET @info = JSON_MODIFY(@info, '$.name', 'Mike');
SELECT @info AS updated;
SET @info = JSON_MODIFY(@info, '$.surname', 'Smith');
SELECT @info AS inserted;
SET @info = JSON_MODIFY(@info, '$.name', NULL);
SELECT @info AS deleted;
SET @info = JSON_MODIFY(@info, 'append $.skills', 'Azure');
SELECT @info AS appended;
GO
DECLARE @info nvarchar(100) = N'{"name":"John","skills":["C#","SQL"]}';
SELECT JSON_MODIFY(JSON_MODIFY(JSON_MODIFY(@info, '$.name', 'Mike'), '$.surname', 'Smith'), 'append $.skills', 'Azure') AS multiple,
       JSON_MODIFY(@info, '$.skills', '["C#","T-SQL","Azure"]') AS escaped, JSON_MODIFY(@info, '$.skills', JSON_QUERY('["C#","T-SQL","Azure"]')) AS fragment;
GO
DECLARE @product nvarchar(100) = N'{"price":49.99}', @stats nvarchar(100) = N'{"click_count": 173}';
SELECT JSON_MODIFY(JSON_MODIFY(@product, '$.Price', CAST(JSON_VALUE(@product, '$.price') AS numeric(4,2))), '$.price', NULL) AS renamed,
       JSON_MODIFY(@stats, '$.click_count', CAST(JSON_VALUE(@stats, '$.click_count') AS int) + 1) AS incremented;
GO
-- Lax and strict: missing paths, NULL values, values of other types, escaping
SELECT JSON_MODIFY(N'{"a":1,"b":2}', 'strict $.a', NULL) AS strict_null, JSON_MODIFY(N'{"a":1}', '$.b', NULL) AS lax_null_missing,
       JSON_MODIFY(N'{"user":{}}', '$.user.settings.theme', 'dark') AS no_parent, JSON_MODIFY(N'[1,2,3]', '$[1]', 99) AS element,
       JSON_MODIFY(N'{"f":false}', '$.f', CAST(1 AS bit)) AS bit_, JSON_MODIFY(N'{}', '$.s', N'a"b\c/d' + NCHAR(10)) AS esc,
       JSON_MODIFY(NULL, '$.a', 1) AS null_doc;
DECLARE @v nvarchar(max);
BEGIN TRY SET @v = JSON_MODIFY(N'{"a":1}', 'strict $.b', 'x'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY SET @v = JSON_MODIFY(N'{"a":1', '$.a', 2); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
GO
-- Argument count and types
SELECT JSON_VALUE(N'{}');
GO
SELECT JSON_QUERY(N'{}', '$', '$');
GO
SELECT JSON_VALUE(1, '$.a');
GO
-- JSON_OBJECT and JSON_ARRAY (SQL Server 2022; the documentation's examples)
SELECT JSON_OBJECT() AS empty_obj, JSON_OBJECT('name':'value', 'type':1) AS two_keys, JSON_OBJECT('name':'value', 'type':NULL ABSENT ON NULL) AS absent,
       JSON_OBJECT('name':'value', 'type':JSON_ARRAY(1, 2)) AS with_array, JSON_OBJECT('name':'value', 'type':JSON_OBJECT('type_id':1, 'name':'a')) AS nested;
SELECT JSON_ARRAY() AS empty_arr, JSON_ARRAY('a', 1, 'b', 2) AS four, JSON_ARRAY('a', 1, 'b', NULL) AS absent_default,
       JSON_ARRAY('a', 1, NULL, 2 NULL ON NULL) AS null_on_null, JSON_ARRAY('a', JSON_OBJECT('name':'value', 'type':1), JSON_ARRAY(1, null, 2 NULL ON NULL)) AS mixed;
GO
-- NULL ON NULL is JSON_OBJECT's default; values are written as FOR JSON writes them; JSON text is embedded
DECLARE @k nvarchar(10) = N'id', @doc nvarchar(max) = N'{"x":[1]}';
SELECT JSON_OBJECT('a':NULL) AS null_default, JSON_OBJECT(@k:CAST(1 AS bit), 'd':CAST(2.50 AS decimal(5,2)), 's':N'q"/') AS typed_values,
       JSON_OBJECT('raw':JSON_QUERY(@doc), 'text':@doc) AS fragment, JSON_MODIFY(N'{}', '$.o', JSON_OBJECT('k':1)) AS modify_object;
GO
-- FOR JSON does not escape JSON text produced by JSON_QUERY / JSON_OBJECT; other strings are escaped
SELECT JSON_QUERY(N'[1, 2]') AS a, N'[3]' AS b, JSON_OBJECT('k':1) AS c FOR JSON PATH;
GO
-- OPENJSON's default schema reads through the same reader: values as written, nested JSON as text
SELECT [key], [value], [type] FROM OPENJSON(N'{"s":"a\/b","n":1.50,"t":true,"z":null,"arr":[1, 2],"obj":{"k":"v"}}');
SELECT [key], [value], [type] FROM OPENJSON(N'{"a":{"list":["x","y"]}}', '$.a.list');
GO
DECLARE @n int;
BEGIN TRY SELECT @n = COUNT(*) FROM OPENJSON(N'{"a":1}', 'strict $.b'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY SELECT @n = COUNT(*) FROM OPENJSON(N'{"a":1}', 'strict $.a'); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
SELECT COUNT(*) AS lax_missing FROM OPENJSON(N'{"a":1}', '$.b');
GO
-- JSON_MODIFY path rules: '$' alone has nothing to set; append needs an array
DECLARE @v nvarchar(max);
BEGIN TRY SET @v = JSON_MODIFY(N'{"a":1}', '$', 2); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
BEGIN TRY SET @v = JSON_MODIFY(N'{"a":1}', 'append strict $.a', 2); END TRY BEGIN CATCH SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg; END CATCH
SELECT JSON_MODIFY(N'{"a":1}', 'append $.a', 2) AS lax_append_scalar, JSON_MODIFY(N'[1]', 'append $', 2) AS append_root,
       JSON_MODIFY(N'{"Id":1,"Name":"Toy Car","Price":34.99}', 'append $.Tags', 'sales') AS append_creates;
GO
SELECT JSON_VALUE(N'{}', NULL);
GO
-- A FOR JSON subquery is JSON text too
SELECT JSON_MODIFY(N'{}', '$.rows', (SELECT 1 AS n FOR JSON PATH)) AS modify_rows, JSON_ARRAY((SELECT 'x' AS s FOR JSON PATH, WITHOUT_ARRAY_WRAPPER)) AS arr,
       (SELECT (SELECT 2 AS m FOR JSON PATH) AS inner_ FOR JSON PATH) AS nested;
GO
-- JSON_PATH_EXISTS (SQL Server 2022) does not raise for the document
DECLARE @jsonInfo nvarchar(max) = N'{"info":{"address":[{"town":"Paris"},{"town":"London"}]}}';
SELECT CAST(JSON_PATH_EXISTS(@jsonInfo, '$.info.address') AS int) AS address, CAST(JSON_PATH_EXISTS(@jsonInfo, '$.info.addresses') AS int) AS addresses,
       CAST(JSON_PATH_EXISTS(@jsonInfo, 'strict $.info.address[1].town') AS int) AS london, CAST(JSON_PATH_EXISTS(N'not json', '$.a') AS int) AS not_json,
       CAST(JSON_PATH_EXISTS(NULL, '$.a') AS int) AS null_doc;
GO
