CREATE TABLE dbo.cv_t (id int PRIMARY KEY, qty int, price int, total AS qty * price, code varchar(10) UNIQUE);
CREATE INDEX cv_t_qty ON dbo.cv_t (qty);
CREATE TABLE dbo.cv_heap (a int);
GO
SELECT COUNT(*) AS n FROM sys.triggers;
SELECT COUNT(*) AS n FROM sys.server_triggers;
SELECT COUNT(*) AS n FROM sys.synonyms;
SELECT COUNT(*) AS n FROM sys.sequences;
SELECT COUNT(*) AS n FROM sys.certificates;
SELECT COUNT(*) AS n FROM sys.symmetric_keys;
SELECT COUNT(*) AS n FROM sys.fulltext_catalogs;
GO
SELECT TOP 0 name, object_id, parent_class, parent_class_desc, parent_id, type, type_desc, create_date, modify_date,
  is_ms_shipped, is_disabled, is_not_for_replication, is_instead_of_trigger FROM sys.triggers;
SELECT TOP 0 name, object_id, schema_id, type, base_object_name FROM sys.synonyms;
SELECT TOP 0 name, start_value, increment, minimum_value, maximum_value, is_cycling, is_cached, cache_size, current_value, is_exhausted FROM sys.sequences;
SELECT TOP 0 name, principal_id, assembly_id, clr_name, permission_set, permission_set_desc, is_visible, is_user_defined FROM sys.assemblies;
SELECT TOP 0 name, certificate_id, principal_id, pvt_key_encryption_type, issuer_name, subject, expiry_date, start_date, thumbprint FROM sys.certificates;
SELECT TOP 0 name, symmetric_key_id, key_length, key_algorithm, algorithm_desc, key_guid FROM sys.symmetric_keys;
SELECT TOP 0 fulltext_catalog_id, name, path, is_default, is_accent_sensitivity_on FROM sys.fulltext_catalogs;
GO
SELECT c.name, c.is_computed, c.is_persisted, c.system_type_id FROM sys.computed_columns c WHERE c.object_id = OBJECT_ID('dbo.cv_t');
GO
SELECT CAST(LEFT(s.name, 8) AS nvarchar(8)) AS name8, s.stats_id, s.auto_created, s.user_created, s.no_recompute, s.has_filter, s.filter_definition
  FROM sys.stats s WHERE s.object_id = OBJECT_ID('dbo.cv_t') ORDER BY s.stats_id;
SELECT COUNT(*) AS heap_stats FROM sys.stats WHERE object_id = OBJECT_ID('dbo.cv_heap');
SELECT COUNT(*) AS unmatched FROM sys.stats s LEFT JOIN sys.indexes i ON i.object_id = s.object_id AND i.index_id = s.stats_id
  WHERE i.name IS NULL OR i.name <> s.name;
GO
SELECT name, endpoint_id, principal_id, protocol, protocol_desc, type, type_desc, state, state_desc, is_admin_endpoint FROM sys.endpoints;
SELECT name, protocol_desc, state_desc, is_dynamic_port, ip_address FROM sys.tcp_endpoints;
GO
