import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FREQ_RELATIVE_INTERVAL, FREQ_SUBDAY_TYPE, FREQ_TYPE, SUBDAY_UNIT_SECONDS, WEEKDAY_BIT, weekdayBit,
} from '../../../src/codes/schedule-codes';
import { LAST_RUN_OUTCOME, NOTIFY_LEVEL, RUN_REQUESTED_SOURCE, RUN_STATUS, STEP_ACTION, STEP_FLAG } from '../../../src/codes/job-codes';
import {
  DOWNLOAD_OBJECT_TYPE, DOWNLOAD_OPERATIONS, OPERATION_CODE, POLL_INTERVAL, TARGET_SERVER_STATUS, downloadOperationByCode,
  downloadOperationByName,
} from '../../../src/codes/msx-codes';

test('schedule codes (msx-agent.md §3 sysschedules)', () => {
  assert.deepEqual(Object.values(FREQ_TYPE), [1, 4, 8, 16, 32, 64, 128]);
  assert.deepEqual(FREQ_SUBDAY_TYPE, { AT_TIME: 1, SECONDS: 2, MINUTES: 4, HOURS: 8 });
  assert.deepEqual(Object.values(FREQ_RELATIVE_INTERVAL), [1, 2, 4, 8, 16]);
  assert.equal(Object.values(WEEKDAY_BIT).reduce((a, b) => a | b, 0), 127);
  assert.equal(WEEKDAY_BIT.SUNDAY, 1);
  assert.equal(WEEKDAY_BIT.SATURDAY, 64);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map(weekdayBit), Object.values(WEEKDAY_BIT));
  assert.equal(SUBDAY_UNIT_SECONDS[FREQ_SUBDAY_TYPE.AT_TIME], undefined);
  assert.deepEqual(SUBDAY_UNIT_SECONDS, { 2: 1, 4: 60, 8: 3600 });
});

test('job codes (msx-agent.md §3 sysjobs, sysjobsteps, sysjobservers, sysjobhistory)', () => {
  assert.deepEqual(NOTIFY_LEVEL, { NEVER: 0, ON_SUCCESS: 1, ON_FAILURE: 2, ALWAYS: 3 });
  assert.deepEqual(STEP_ACTION, { QUIT_WITH_SUCCESS: 1, QUIT_WITH_FAILURE: 2, GO_TO_NEXT_STEP: 3, GO_TO_STEP: 4 });
  assert.deepEqual(RUN_STATUS, { FAILED: 0, SUCCEEDED: 1, RETRY: 2, CANCELED: 3, IN_PROGRESS: 4 });
  assert.equal(LAST_RUN_OUTCOME.UNKNOWN, 5);
  assert.equal(STEP_FLAG.APPEND_OUTPUT_FILE, 2);
  assert.deepEqual(RUN_REQUESTED_SOURCE, { SCHEDULER: 1, ALERTER: 2, BOOT: 3, USER: 4, ON_IDLE_SCHEDULE: 6 });
});

test('download list operations: codes 1-9, JOB for 1-5 and SERVER for 6-9 (msx-agent.md §4)', () => {
  assert.deepEqual(DOWNLOAD_OPERATIONS.map((o) => `${o.code} ${o.name} ${o.objectType}`), [
    '1 INSERT JOB', '2 UPDATE JOB', '3 DELETE JOB', '4 START JOB', '5 STOP JOB',
    '6 RE-ENLIST SERVER', '7 DEFECT SERVER', '8 SYNC-TIME SERVER', '9 SET-POLL SERVER',
  ]);
  assert.deepEqual(DOWNLOAD_OBJECT_TYPE, { JOB: 1, SERVER: 2 });
  // OPERATION_CODE names the same codes: sp_post_msx_operation's names with '-' as '_'
  assert.deepEqual(Object.entries(OPERATION_CODE).map(([k, v]) => `${v} ${k}`), DOWNLOAD_OPERATIONS.map((o) => `${o.code} ${o.name.replace('-', '_')}`));
  assert.equal(downloadOperationByName(' set-poll ')?.code, 9);
  assert.equal(downloadOperationByName('SCHEDULE'), undefined);
  assert.equal(downloadOperationByCode(6)?.name, 'RE-ENLIST');
  assert.equal(downloadOperationByCode(10), undefined);
});

test('target servers: status bits and poll interval range (msx-agent.md §5)', () => {
  assert.deepEqual(TARGET_SERVER_STATUS, { NORMAL: 1, OFFLINE: 2, BLOCKED: 4 });
  assert.deepEqual(POLL_INTERVAL, { DEFAULT: 60, MIN: 10, MAX: 28800 });
});
