-- DATALENGTH: the bytes SQL Server stores for a value. Fixed-size types give their storage size
-- (decimal/numeric by precision, time/datetime2/datetimeoffset by fractional scale), character and
-- binary types the bytes of the value itself (trailing spaces included, 2 per UTF-16 code unit for
-- the N types), sql_variant its base value's, NULL gives NULL; bigint only for the (max) types.
DECLARE @ti tinyint = 1, @si smallint = 1, @i int = 1, @bi bigint = 1, @b bit = 1,
        @m money = 1, @sm smallmoney = 1, @f float = 1, @r real = 1, @g uniqueidentifier = NEWID();
SELECT DATALENGTH(@ti) AS ti, DATALENGTH(@si) AS si, DATALENGTH(@i) AS i, DATALENGTH(@bi) AS bi,
       DATALENGTH(@b) AS b, DATALENGTH(@m) AS m, DATALENGTH(@sm) AS sm, DATALENGTH(@f) AS f,
       DATALENGTH(@r) AS r, DATALENGTH(@g) AS g;
GO
DECLARE @d1 decimal(1,0) = 1, @d9 decimal(9,2) = 1.5, @d10 decimal(10,2) = 1.5, @d19 numeric(19,0) = 1,
        @d20 numeric(20,0) = 1, @d28 decimal(28,4) = 1.5, @d29 decimal(29,4) = 1.5, @d38 numeric(38,10) = 1.5;
SELECT DATALENGTH(@d1) AS d1, DATALENGTH(@d9) AS d9, DATALENGTH(@d10) AS d10, DATALENGTH(@d19) AS d19,
       DATALENGTH(@d20) AS d20, DATALENGTH(@d28) AS d28, DATALENGTH(@d29) AS d29, DATALENGTH(@d38) AS d38;
SELECT DATALENGTH(CAST(1.5 AS decimal(5,2))) AS cast_dec, DATALENGTH(1.5) AS literal;
GO
DECLARE @dt datetime = '2024-02-29T13:45:00', @sdt smalldatetime = '2024-02-29T13:45:00', @d date = '2024-02-29',
        @t0 time(0) = '13:45:00', @t2 time(2) = '13:45:00', @t3 time(3) = '13:45:00', @t4 time(4) = '13:45:00',
        @t5 time(5) = '13:45:00', @t7 time = '13:45:00';
SELECT DATALENGTH(@dt) AS dt, DATALENGTH(@sdt) AS sdt, DATALENGTH(@d) AS d, DATALENGTH(@t0) AS t0,
       DATALENGTH(@t2) AS t2, DATALENGTH(@t3) AS t3, DATALENGTH(@t4) AS t4, DATALENGTH(@t5) AS t5, DATALENGTH(@t7) AS t7;
GO
DECLARE @a0 datetime2(0) = '2024-02-29T13:45:00', @a2 datetime2(2) = '2024-02-29T13:45:00',
        @a3 datetime2(3) = '2024-02-29T13:45:00', @a4 datetime2(4) = '2024-02-29T13:45:00',
        @a5 datetime2(5) = '2024-02-29T13:45:00', @a7 datetime2 = '2024-02-29T13:45:00',
        @o0 datetimeoffset(0) = '2024-02-29T13:45:00+01:00', @o2 datetimeoffset(2) = '2024-02-29T13:45:00+01:00',
        @o3 datetimeoffset(3) = '2024-02-29T13:45:00+01:00', @o4 datetimeoffset(4) = '2024-02-29T13:45:00+01:00',
        @o5 datetimeoffset(5) = '2024-02-29T13:45:00+01:00', @o7 datetimeoffset = '2024-02-29T13:45:00+01:00';
SELECT DATALENGTH(@a0) AS a0, DATALENGTH(@a2) AS a2, DATALENGTH(@a3) AS a3, DATALENGTH(@a4) AS a4,
       DATALENGTH(@a5) AS a5, DATALENGTH(@a7) AS a7;
SELECT DATALENGTH(@o0) AS o0, DATALENGTH(@o2) AS o2, DATALENGTH(@o3) AS o3, DATALENGTH(@o4) AS o4,
       DATALENGTH(@o5) AS o5, DATALENGTH(@o7) AS o7;
GO
DECLARE @c char(5) = 'ab', @vc varchar(10) = 'ab  ', @ve varchar(10) = '', @vm varchar(max) = 'abc',
        @nc nchar(5) = N'ab', @nv nvarchar(10) = N'ab ', @sp nvarchar(10) = N'x😀', @nm nvarchar(max) = N'abc',
        @bn binary(4) = 0x01, @vb varbinary(8) = 0x0102, @bm varbinary(max) = 0x010203;
SELECT DATALENGTH(@c) AS c, DATALENGTH(@vc) AS vc, DATALENGTH(@ve) AS ve, DATALENGTH(@vm) AS vm,
       DATALENGTH(@nc) AS nc, DATALENGTH(@nv) AS nv, DATALENGTH(@sp) AS sp, DATALENGTH(@nm) AS nm,
       DATALENGTH(@bn) AS bn, DATALENGTH(@vb) AS vb, DATALENGTH(@bm) AS bm;
GO
DECLARE @ni int = NULL, @nd decimal(5,2) = NULL, @nn nvarchar(10) = NULL, @nx varchar(max) = NULL, @nq sql_variant = NULL;
SELECT DATALENGTH(@ni) AS ni, DATALENGTH(@nd) AS nd, DATALENGTH(@nn) AS nn, DATALENGTH(@nx) AS nx,
       DATALENGTH(@nq) AS nq, DATALENGTH(NULL) AS lit;
GO
DECLARE @vd sql_variant = CAST(1.5 AS decimal(5,2)), @vn sql_variant = CAST(1 AS numeric(20,0)),
        @vt sql_variant = CAST('2024-02-29T13:45:00' AS datetime2(3)), @vdt sql_variant = CAST('2024-02-29' AS datetime),
        @vs sql_variant = CAST('abc ' AS varchar(10)), @vu sql_variant = CAST(N'ab' AS nvarchar(10)),
        @vi sql_variant = CAST(1 AS smallint);
SELECT DATALENGTH(@vd) AS vd, DATALENGTH(@vn) AS vn, DATALENGTH(@vt) AS vt, DATALENGTH(@vdt) AS vdt,
       DATALENGTH(@vs) AS vs, DATALENGTH(@vu) AS vu, DATALENGTH(@vi) AS vi;
GO
CREATE TABLE dbo.dlen_cols (
  id int NOT NULL, ti tinyint, si smallint, i int, bi bigint, b bit, m money, sm smallmoney, f float, r real,
  g uniqueidentifier, d5 decimal(5,2), d19 numeric(19,0), d28 decimal(28,4), d38 numeric(38,10),
  dt datetime, sdt smalldatetime, d date, t2 time(2), t4 time(4), t7 time, a2 datetime2(2), a4 datetime2(4),
  a7 datetime2, o2 datetimeoffset(2), o4 datetimeoffset(4), o7 datetimeoffset,
  c char(5), vc varchar(10), vm varchar(max), nc nchar(5), nv nvarchar(10), nm nvarchar(max),
  bn binary(4), vb varbinary(8), bm varbinary(max), v sql_variant);
INSERT dbo.dlen_cols VALUES
  (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, NEWID(), 1.5, 1, 1.5, 1.5,
   '2024-02-29T13:45:00', '2024-02-29T13:45:00', '2024-02-29', '13:45:00', '13:45:00', '13:45:00',
   '2024-02-29T13:45:00', '2024-02-29T13:45:00', '2024-02-29T13:45:00',
   '2024-02-29T13:45:00+01:00', '2024-02-29T13:45:00+01:00', '2024-02-29T13:45:00+01:00',
   'ab', 'ab  ', 'abc', N'ab', N'x😀', N'abc', 0x01, 0x0102, 0x010203, CAST(1.5 AS decimal(5,2))),
  (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
GO
SELECT id, DATALENGTH(ti) AS ti, DATALENGTH(si) AS si, DATALENGTH(i) AS i, DATALENGTH(bi) AS bi,
       DATALENGTH(b) AS b, DATALENGTH(m) AS m, DATALENGTH(sm) AS sm, DATALENGTH(f) AS f, DATALENGTH(r) AS r,
       DATALENGTH(g) AS g
FROM dbo.dlen_cols ORDER BY id;
SELECT id, DATALENGTH(d5) AS d5, DATALENGTH(d19) AS d19, DATALENGTH(d28) AS d28, DATALENGTH(d38) AS d38
FROM dbo.dlen_cols ORDER BY id;
SELECT id, DATALENGTH(dt) AS dt, DATALENGTH(sdt) AS sdt, DATALENGTH(d) AS d, DATALENGTH(t2) AS t2,
       DATALENGTH(t4) AS t4, DATALENGTH(t7) AS t7, DATALENGTH(a2) AS a2, DATALENGTH(a4) AS a4,
       DATALENGTH(a7) AS a7, DATALENGTH(o2) AS o2, DATALENGTH(o4) AS o4, DATALENGTH(o7) AS o7
FROM dbo.dlen_cols ORDER BY id;
SELECT id, DATALENGTH(c) AS c, DATALENGTH(vc) AS vc, DATALENGTH(vm) AS vm, DATALENGTH(nc) AS nc,
       DATALENGTH(nv) AS nv, DATALENGTH(nm) AS nm, DATALENGTH(bn) AS bn, DATALENGTH(vb) AS vb,
       DATALENGTH(bm) AS bm, DATALENGTH(v) AS v
FROM dbo.dlen_cols ORDER BY id;
GO
DROP TABLE dbo.dlen_cols;
GO
