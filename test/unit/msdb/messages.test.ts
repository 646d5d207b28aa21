import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentMessages } from '../../../src/errors/messages/agent';
import { messageDef, sqlError } from '../../../src/errors/catalog';

/** Arguments a raiser passes: one per placeholder ("%.*ls" takes only the string; %% takes none). */
function argumentCount(text: string): number {
  return [...text.matchAll(/%[-+ 0#]*(\*|\d+)?(?:\.(\*|\d+))?(I64|h|l)?([sdiuxXoc%])/g)].filter((m) => m[4] !== '%').length;
}

// How the msdb procedures raise them (msx-agent.md §1, §4, §7 and the single-node procedures).
const ARGUMENTS: Record<number, number> = {
  14043: 2, 14200: 1, 14205: 0, 14212: 0, 14217: 2, 14221: 1, 14223: 2, 14224: 1, 14225: 0, 14226: 1, 14227: 2,
  14228: 2, 14229: 1, 14230: 2, 14231: 2, 14232: 0, 14233: 0, 14234: 2, 14235: 2, 14240: 1, 14241: 1, 14243: 1,
  14250: 2, 14251: 1, 14253: 2, 14254: 1, 14256: 2, 14257: 2, 14258: 0, 14260: 0, 14261: 2, 14262: 2, 14263: 2,
  14264: 2, 14266: 2, 14268: 1, 14269: 2, 14270: 2, 14272: 0, 14274: 0, 14276: 2, 14278: 1, 14279: 0, 14280: 0,
  14283: 0, 14285: 0, 14286: 0, 14289: 2, 14290: 0, 14291: 0, 14293: 3, 14294: 2, 14296: 1, 14297: 0, 14298: 0,
  14299: 1, 14306: 3, 14360: 1, 14362: 0, 14363: 0, 14364: 0, 14365: 0, 14367: 0, 14368: 1, 14369: 1, 14370: 0,
  14371: 3, 14373: 2, 14374: 2, 14377: 0, 14390: 1, 14391: 0, 14392: 0, 14393: 0, 14394: 0, 14396: 0, 14397: 0,
  14398: 0, 14515: 0, 14525: 0, 14526: 2, 14527: 1, 14528: 1, 14541: 2, 14542: 1, 14543: 2, 14544: 2, 14547: 2,
  14548: 1, 14570: 0, 14571: 0, 14578: 2, 21263: 1,
};

test('agent messages: registered in the catalogue, severities 10 or 16, 14000-14999 (and 21263)', () => {
  const numbers = Object.keys(agentMessages).map(Number);
  assert.ok(numbers.length > 200);
  for (const n of numbers) {
    assert.equal(messageDef(n), agentMessages[n], `message ${n} is not the agent one`);
    assert.ok((n >= 14000 && n <= 14999) || n === 21263, `${n}`);
    assert.ok([10, 16].includes(agentMessages[n]?.severity ?? 0), `${n} severity`);
    assert.doesNotMatch(agentMessages[n]?.text ?? '', /\\|\s$|^\s/, `${n}: markdown escape or stray blank`);
  }
});

test('agent messages: placeholders match the arguments the procedures pass', () => {
  for (const [n, count] of Object.entries(ARGUMENTS)) {
    const def = agentMessages[Number(n)];
    assert.ok(def, `message ${n} missing`);
    assert.equal(argumentCount(def.text), count, `message ${n}: ${def.text}`);
  }
});

test('agent messages: every message the procedures raise with an error severity is 16', () => {
  for (const n of Object.keys(ARGUMENTS).map(Number)) {
    const informational = [14205, 14212, 14217, 14224, 14226, 14227, 14228, 14229, 14230, 14231, 14240, 14241, 14243,
      14253, 14254, 14547, 14548, 14570, 14571, 14578];
    assert.equal(agentMessages[n]?.severity, informational.includes(n) ? 10 : 16, `message ${n}`);
  }
});

test('agent messages: texts as SQL Server renders them', () => {
  assert.equal(sqlError(14262, '@job_name', 'nightly').message, "The specified @job_name ('nightly') does not exist.");
  assert.equal(sqlError(14262, '@job_name', 'nightly').severity, 16);
  assert.equal(sqlError(14266, '@operation_code', 'INSERT, UPDATE').message,
    "The specified '@operation_code' is invalid (valid values are: INSERT, UPDATE).");
  assert.equal(sqlError(14230, 3, 'INSERT').message, 'SP_POST_MSX_OPERATION: 3 INSERT download instruction(s) posted.');
  assert.equal(sqlError(14253, 1, 2).message, '1 (of 2) job(s) stopped successfully.');
  assert.equal(sqlError(14306, 16, 0, 4135).message,
    'The target server (TSX) version is not compatible with the master server (MSX) version (16.0.4135).');
  assert.equal(sqlError(14234, '@subsystem', 'sp_enum_sqlagent_subsystems').message,
    "The specified '@subsystem' is invalid (valid values are returned by sp_enum_sqlagent_subsystems).");
  assert.equal(sqlError(14363).message,
    "The MSX server is not prepared for enlistments [there must be an operator named 'MSXOperator' defined at the MSX]");
  assert.equal(sqlError(14507).message,
    "A performance condition must be formatted as: 'object_name|counter_name|instance_name|comparator(> or < or =)|numeric value'.");
});

test('agent messages: 15003 (sysadmin / TargetServersRole checks) comes from the security table', () => {
  assert.equal(agentMessages[15003], undefined);
  assert.equal(sqlError(15003, 'TargetServersRole').message, 'Only members of the TargetServersRole role can execute this stored procedure.');
});
