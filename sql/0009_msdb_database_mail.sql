-- msdb: Database Mail's configuration tables, as SQL Server's (instmsdb.sql): accounts, profiles,
-- the accounts of each profile in sequence, server types and each account's SMTP server. msxd
-- keeps only what SQL Server Agent needs to e-mail operators (the account the Agent's profile
-- sends through); the mail queue (sysmail_mailitems, sp_send_dbmail) is not built.
-- The SMTP password is a credential (sys.credentials, secret encrypted at rest), named by
-- sysmail_server.credential_id, as in SQL Server. Foreign keys are left out: the procedures
-- delete profile/account links and servers themselves (SQL Server's ON DELETE CASCADE).
IF OBJECT_ID(N'dbo.sysmail_profile', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysmail_profile
  (
    profile_id        int IDENTITY(1, 1) NOT NULL,
    name              sysname        NOT NULL,
    description       nvarchar(256)  NULL,
    last_mod_datetime datetime       NOT NULL DEFAULT (GETDATE()),
    last_mod_user     sysname        NOT NULL DEFAULT (SUSER_SNAME()),
    CONSTRAINT SYSMAIL_PROFILE_IDMustBeUnique PRIMARY KEY (profile_id),
    CONSTRAINT SYSMAIL_PROFILE_NameMustBeUnique UNIQUE (name)
  );
END
GO

IF OBJECT_ID(N'dbo.sysmail_account', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysmail_account
  (
    account_id        int IDENTITY(1, 1) NOT NULL,
    name              sysname        NOT NULL,
    description       nvarchar(256)  NULL,
    email_address     nvarchar(128)  NOT NULL,
    display_name      nvarchar(128)  NULL,
    replyto_address   nvarchar(128)  NULL,
    last_mod_datetime datetime       NOT NULL DEFAULT (GETDATE()),
    last_mod_user     sysname        NOT NULL DEFAULT (SUSER_SNAME()),
    CONSTRAINT SYSMAIL_ACCOUNT_IDMustBeUnique PRIMARY KEY (account_id),
    CONSTRAINT SYSMAIL_ACCOUNT_NameMustBeUnique UNIQUE (name)
  );
END
GO

IF OBJECT_ID(N'dbo.sysmail_profileaccount', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysmail_profileaccount
  (
    profile_id        int       NOT NULL,
    account_id        int       NOT NULL,
    sequence_number   int       NULL,
    last_mod_datetime datetime  NOT NULL DEFAULT (GETDATE()),
    last_mod_user     sysname   NOT NULL DEFAULT (SUSER_SNAME()),
    CONSTRAINT SYSMAIL_ACCOUNT_ProfileAccountMustBeUnique PRIMARY KEY (profile_id, account_id)
  );
END
GO

IF OBJECT_ID(N'dbo.sysmail_servertype', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysmail_servertype
  (
    servertype        sysname   NOT NULL,
    is_incoming       bit       NOT NULL DEFAULT (0),
    is_outgoing       bit       NOT NULL DEFAULT (1),
    last_mod_datetime datetime  NOT NULL DEFAULT (GETDATE()),
    last_mod_user     sysname   NOT NULL DEFAULT (SUSER_SNAME()),
    CONSTRAINT SYSMAIL_SERVERTYPE_TypeMustBeUnique PRIMARY KEY (servertype)
  );
END
GO

INSERT INTO dbo.sysmail_servertype (servertype, is_incoming, is_outgoing)
SELECT N'SMTP', 0, 1
WHERE NOT EXISTS (SELECT 1 FROM dbo.sysmail_servertype WHERE servertype = N'SMTP');
GO

IF OBJECT_ID(N'dbo.sysmail_server', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysmail_server
  (
    account_id              int            NOT NULL,
    servertype              sysname        NOT NULL DEFAULT (N'SMTP'),
    servername              sysname        NOT NULL,
    port                    int            NOT NULL DEFAULT (25),
    username                nvarchar(128)  NULL,
    credential_id           int            NULL,
    use_default_credentials bit            NOT NULL DEFAULT (0),
    enable_ssl              bit            NOT NULL DEFAULT (0),
    flags                   int            NOT NULL DEFAULT (0),
    timeout                 int            NULL,
    last_mod_datetime       datetime       NOT NULL DEFAULT (GETDATE()),
    last_mod_user           sysname        NOT NULL DEFAULT (SUSER_SNAME()),
    CONSTRAINT SYSMAIL_ACCOUNT_AccountServerTypeMustBeUnique PRIMARY KEY (account_id, servertype)
  );
END
GO
