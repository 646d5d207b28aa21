// RESTORE LABELONLY ("RESTORE Statements - LABELONLY (Transact-SQL)"): one row about the media.
// msxd's media has no label of its own: the media set GUID and date are the first set's, there
// is one family and no media name or description (MEDIANAME/MEDIADESCRIPTION are not kept).
// Any user may run it (as documented).
import { sqlError } from '../../errors/catalog';
import type { RestoreStatement } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import { devicePath } from './backup-options';
import { wallClock } from './backup-history';
import { readMediaSets } from './media-file';
import { sendResultSet } from './result-set';

const NAME: SqlType = { kind: 'nvarchar', length: 128 };
const INT: SqlType = { kind: 'int' };
const GUID: SqlType = { kind: 'uniqueidentifier' };
const SOFTWARE_VENDOR_ID = 4608;

const COLUMNS: readonly (readonly [string, SqlType])[] = [
  ['MediaName', NAME], ['MediaSetId', GUID], ['FamilyCount', INT], ['FamilySequenceNumber', INT],
  ['MediaFamilyId', GUID], ['MediaSequenceNumber', INT], ['MediaLabelPresent', { kind: 'tinyint' }],
  ['MediaDescription', { kind: 'nvarchar', length: 255 }], ['SoftwareName', NAME], ['SoftwareVendorId', INT],
  ['MediaDate', { kind: 'datetime' }], ['MirrorCount', INT], ['IsCompressed', { kind: 'bit' }],
];

export async function executeRestoreLabelOnly(stmt: RestoreStatement, scope: Scope): Promise<void> {
  const path = devicePath(stmt.devices, scope, stmt.line);
  const sets = await readMediaSets(path);
  const first = sets[0];
  if (!first) throw sqlError(3241, path);
  const h = first.header;
  const row: SqlValue[] = [
    null, h.mediaSetGuid, 1, 1, h.mediaSetGuid, 1, 0, null, 'msxd', SOFTWARE_VENDOR_ID, wallClock(h.startMs), 1,
    sets.some((s) => s.header.compressed),
  ];
  await sendResultSet(scope, COLUMNS, [row]);
}
