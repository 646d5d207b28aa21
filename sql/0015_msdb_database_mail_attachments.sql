-- msdb: Database Mail's configuration parameters and attachments, as SQL Server's (instmsdb.sql;
-- "sysmail_configure_sp (Transact-SQL)", "sysmail_mailattachments (Transact-SQL)").
-- sysmail_configuration holds the parameters sysmail_configure_sp changes and the node's agent
-- reads (AccountRetryAttempts, AccountRetryDelay, MaxFileSize, ProhibitedExtensions, ...), with the
-- values a SQL Server installation seeds. sysmail_attachments holds the files sp_send_dbmail read
-- (@file_attachments) and the query results it attached (@attach_query_result_as_file = 1).
IF OBJECT_ID(N'dbo.sysmail_configuration', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysmail_configuration
  (
    paramname         nvarchar(256) NOT NULL,
    paramvalue        nvarchar(256) NULL,
    description       nvarchar(256) NULL,
    last_mod_datetime datetime      NOT NULL DEFAULT (GETDATE()),
    last_mod_user     sysname       NOT NULL DEFAULT (SUSER_SNAME()),
    CONSTRAINT SYSMAIL_CONFIGURATION_ParamnameMustBeUnique PRIMARY KEY (paramname)
  );
END
GO

-- AccountRetryDelay is 60 as installed (and as scripted from live instances); the documentation's
-- table of defaults says 5000.
INSERT INTO dbo.sysmail_configuration (paramname, paramvalue, description)
SELECT N'DefaultAttachmentEncoding', N'MIME', N'Default attachment encoding'
WHERE NOT EXISTS (SELECT 1 FROM dbo.sysmail_configuration WHERE paramname = N'DefaultAttachmentEncoding');
INSERT INTO dbo.sysmail_configuration (paramname, paramvalue, description)
SELECT N'MaxFileSize', N'1000000', N'Default maximum file size'
WHERE NOT EXISTS (SELECT 1 FROM dbo.sysmail_configuration WHERE paramname = N'MaxFileSize');
INSERT INTO dbo.sysmail_configuration (paramname, paramvalue, description)
SELECT N'ProhibitedExtensions', N'exe,dll,vbs,js', N'Extensions not allowed in outgoing mails'
WHERE NOT EXISTS (SELECT 1 FROM dbo.sysmail_configuration WHERE paramname = N'ProhibitedExtensions');
INSERT INTO dbo.sysmail_configuration (paramname, paramvalue, description)
SELECT N'AccountRetryAttempts', N'1', N'Number of retry attempts for a mail server'
WHERE NOT EXISTS (SELECT 1 FROM dbo.sysmail_configuration WHERE paramname = N'AccountRetryAttempts');
INSERT INTO dbo.sysmail_configuration (paramname, paramvalue, description)
SELECT N'AccountRetryDelay', N'60', N'Delay between each retry attempt to mail server'
WHERE NOT EXISTS (SELECT 1 FROM dbo.sysmail_configuration WHERE paramname = N'AccountRetryDelay');
INSERT INTO dbo.sysmail_configuration (paramname, paramvalue, description)
SELECT N'DatabaseMailExeMinimumLifeTime', N'600', N'Minimum process lifetime in seconds'
WHERE NOT EXISTS (SELECT 1 FROM dbo.sysmail_configuration WHERE paramname = N'DatabaseMailExeMinimumLifeTime');
INSERT INTO dbo.sysmail_configuration (paramname, paramvalue, description)
SELECT N'LoggingLevel', N'2', N'Database Mail logging level: normal - 1, extended - 2 (default), verbose - 3'
WHERE NOT EXISTS (SELECT 1 FROM dbo.sysmail_configuration WHERE paramname = N'LoggingLevel');
GO

IF OBJECT_ID(N'dbo.sysmail_attachments', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysmail_attachments
  (
    attachment_id int IDENTITY(1, 1) NOT NULL,
    mailitem_id   int            NOT NULL,
    filename      nvarchar(260)  NOT NULL,
    filesize      int            NOT NULL,
    attachment    varbinary(max) NULL,
    last_mod_date datetime       NOT NULL DEFAULT (GETDATE()),
    last_mod_user sysname        NOT NULL DEFAULT (SUSER_SNAME()),
    CONSTRAINT sysmail_attachments_id_MustBeUnique PRIMARY KEY (attachment_id)
  );
  CREATE INDEX IX_sysmail_attachments_mailitem_id ON dbo.sysmail_attachments (mailitem_id);
END
GO

-- the caller's own items' attachments, all of them for sysadmin (as sysmail_allitems)
CREATE OR ALTER VIEW dbo.sysmail_mailattachments
AS
SELECT sa.attachment_id, sa.mailitem_id, sa.filename, sa.filesize, sa.attachment, sa.last_mod_date, sa.last_mod_user
FROM dbo.sysmail_attachments AS sa
JOIN dbo.sysmail_mailitems AS sm ON sa.mailitem_id = sm.mailitem_id
WHERE sm.send_request_user = SUSER_SNAME() OR ISNULL(IS_SRVROLEMEMBER(N'sysadmin'), 0) = 1
GO

GRANT SELECT ON dbo.sysmail_mailattachments TO DatabaseMailUserRole;
GO
