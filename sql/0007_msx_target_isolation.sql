-- msdb (MSX side): target servers' logins reach the download list only through the procedures,
-- which let a login act only for the targets it enlisted (msxd_target_logins): probe
-- (sp_sqlagent_probe_msx), read (sp_msxd_fetch_download_instructions), mark
-- (sp_msxd_mark_download_instruction), trim (sp_downloaded_row_limiter), enlist/defect
-- (sp_enlist_tsx). Those procedures work through dbo's ownership chain, so the table grants of
-- 0004 and 0006 would only let one target read or change another's instructions.
-- REVOKE of a permission not granted is a no-op, so this needs no guard.
REVOKE SELECT, UPDATE, DELETE ON dbo.sysdownloadlist FROM TargetServersRole;
REVOKE UPDATE ON dbo.systargetservers FROM TargetServersRole;
REVOKE SELECT ON dbo.msxd_target_logins FROM TargetServersRole;
REVOKE SELECT ON dbo.sysoriginatingservers FROM TargetServersRole;
GO
