-- msdb: Database Mail's queue and log, as SQL Server's (instmsdb.sql; "sysmail_allitems
-- (Transact-SQL)", "sysmail_event_log (Transact-SQL)"): sp_send_dbmail inserts a row of
-- sysmail_mailitems (sent_status 0, unsent); the node's agent sends it through the item's
-- profile and sets sent_status 1 (sent) or 2 (failed, with a sysmail_event_log row).
-- sent_status 3 (retrying) is never written: the agent does not retry (SQL Server's
-- AccountRetryAttempts is 1 by default).
IF OBJECT_ID(N'dbo.sysmail_mailitems', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysmail_mailitems
  (
    mailitem_id                 int IDENTITY(1, 1) NOT NULL,
    profile_id                  int            NOT NULL,
    recipients                  varchar(max)   NULL,
    copy_recipients             varchar(max)   NULL,
    blind_copy_recipients       varchar(max)   NULL,
    subject                     nvarchar(255)  NULL,
    from_address                varchar(max)   NULL,
    reply_to                    varchar(max)   NULL,
    body                        nvarchar(max)  NULL,
    body_format                 varchar(20)    NULL,
    importance                  varchar(6)     NULL,
    sensitivity                 varchar(12)    NULL,
    file_attachments            nvarchar(max)  NULL,
    attachment_encoding         varchar(20)    NULL,
    query                       nvarchar(max)  NULL,
    execute_query_database      sysname        NULL,
    attach_query_result_as_file bit            NULL,
    query_result_header         bit            NULL,
    query_result_width          int            NULL,
    query_result_separator      char(1)        NULL,
    exclude_query_output        bit            NULL,
    append_query_error          bit            NULL,
    send_request_date           datetime       NOT NULL DEFAULT (GETDATE()),
    send_request_user           sysname        NOT NULL DEFAULT (SUSER_SNAME()),
    sent_account_id             int            NULL,
    sent_status                 tinyint        NULL DEFAULT (0),
    sent_date                   datetime       NULL,
    last_mod_date               datetime       NOT NULL DEFAULT (GETDATE()),
    last_mod_user               sysname        NOT NULL DEFAULT (SUSER_SNAME()),
    CONSTRAINT sysmail_mailitems_id_MustBeUnique PRIMARY KEY (mailitem_id)
  );
  CREATE INDEX IX_sysmail_mailitems_sent_status ON dbo.sysmail_mailitems (sent_status);
END
GO

IF OBJECT_ID(N'dbo.sysmail_log', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysmail_log
  (
    log_id        int IDENTITY(1, 1) NOT NULL,
    event_type    int            NOT NULL,
    log_date      datetime       NOT NULL DEFAULT (GETDATE()),
    description   nvarchar(max)  NULL,
    process_id    int            NULL,
    mailitem_id   int            NULL,
    account_id    int            NULL,
    last_mod_date datetime       NOT NULL DEFAULT (GETDATE()),
    last_mod_user sysname        NOT NULL DEFAULT (SUSER_SNAME()),
    CONSTRAINT sysmail_log_id_MustBeUnique PRIMARY KEY (log_id)
  );
END
GO

CREATE OR ALTER VIEW dbo.sysmail_allitems
AS
SELECT mailitem_id, profile_id, recipients, copy_recipients, blind_copy_recipients, subject, body, body_format,
       importance, sensitivity, file_attachments, attachment_encoding, query, execute_query_database,
       attach_query_result_as_file, query_result_header, query_result_width, query_result_separator,
       exclude_query_output, append_query_error, send_request_date, send_request_user, sent_account_id,
       CASE sent_status WHEN 0 THEN 'unsent' WHEN 1 THEN 'sent' WHEN 3 THEN 'retrying' ELSE 'failed' END AS sent_status,
       sent_date, last_mod_date, last_mod_user
FROM dbo.sysmail_mailitems
WHERE send_request_user = SUSER_SNAME() OR IS_SRVROLEMEMBER(N'sysadmin') = 1
GO

CREATE OR ALTER VIEW dbo.sysmail_sentitems
AS
SELECT * FROM dbo.sysmail_allitems WHERE sent_status = 'sent'
GO

CREATE OR ALTER VIEW dbo.sysmail_unsentitems
AS
SELECT * FROM dbo.sysmail_allitems WHERE sent_status = 'unsent' OR sent_status = 'retrying'
GO

CREATE OR ALTER VIEW dbo.sysmail_faileditems
AS
SELECT * FROM dbo.sysmail_allitems WHERE sent_status = 'failed'
GO

-- event_type as text: 0 success, 1 information, 2 warning, 3 error (sysmail_event_log (Transact-SQL))
CREATE OR ALTER VIEW dbo.sysmail_event_log
AS
SELECT log_id,
       CASE event_type WHEN 0 THEN 'success' WHEN 1 THEN 'information' WHEN 2 THEN 'warning' ELSE 'error' END AS event_type,
       log_date, description, process_id, mailitem_id, account_id, last_mod_date, last_mod_user
FROM dbo.sysmail_log
GO

IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'DatabaseMailUserRole' AND type = 'R')
  CREATE ROLE DatabaseMailUserRole;
-- as SQL Server's, the role owns a schema of its name (CREATE SCHEMA must be alone in its batch)
IF SCHEMA_ID(N'DatabaseMailUserRole') IS NULL
  EXEC (N'CREATE SCHEMA DatabaseMailUserRole AUTHORIZATION DatabaseMailUserRole');
GO
GRANT SELECT ON dbo.sysmail_allitems TO DatabaseMailUserRole;
GRANT SELECT ON dbo.sysmail_sentitems TO DatabaseMailUserRole;
GRANT SELECT ON dbo.sysmail_unsentitems TO DatabaseMailUserRole;
GRANT SELECT ON dbo.sysmail_faileditems TO DatabaseMailUserRole;
GRANT SELECT ON dbo.sysmail_event_log TO DatabaseMailUserRole;
GO
