// Helpers shared by the msdb Agent procedures (jobs, steps, categories, operators, schedules,
// start/stop, history, multiserver). See ../README.md.
export { spMsxdAgentCapture, queryRows, queryRow, execSql, raise, raiseWith, type Row } from './agent-sql';
export { callerOf, loginSid, sidIsSysadmin, type Caller } from './caller';
export { localServerName, normalizeServerName } from './local-server';
export { nlit, ilit, glit, blit, dlit, trimmed, num } from './sql-text';
export { verifyJobIdentifiers, jobById, jobsByName, type JobRow, type JobIdentifiers } from './job-identifiers';
export { jobTargets, isMultiserver, type JobTargets } from './job-targets';
export { categoryByName, categoryById, categoryClassOf, type CategoryRow } from './categories';
export { originatingServerId } from './originating-server';
export { ownsJob, requireOwnerOrSysadmin, requireNotFromMsx } from './permissions';
export { postMsxOperation, warnNotPosted, type JobOperation, type JobPost } from './msx-post';
export { verifyJob, type JobSpec, type VerifiedJob } from './verify-job';
export { notifyAgentOfJob, notifyAgentIfLocal, type JobAction } from './agent-notify';
export { requireAgentUser, requireSysadmin } from './permissions';
