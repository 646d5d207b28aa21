// master's __msxd_messages: the catalogue's messages are rewritten at every start (a stale or
// removed catalogue row does not survive it), user-defined rows (50001 up) are kept, and 50000
// (RAISERROR's ad hoc text) has no row, as in SQL Server's sys.messages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { messageDef } from '../../../src/errors/catalog';
import { startMessages } from '../../../src/store/message-rows';

type Row = { message_id: number; language_id: number; severity: number; is_event_logged: number; text: string };

test('startMessages copies the catalogue, keeps user-defined messages and refreshes system ones', () => {
  const db = new Database(':memory:');
  try {
    startMessages(db);
    const row = (id: number): Row | undefined => db.prepare('SELECT * FROM __msxd_messages WHERE message_id = ?').get(id) as Row | undefined;
    assert.deepEqual(row(2732), { message_id: 2732, language_id: 1033, severity: 16, is_event_logged: 0, text: messageDef(2732)!.text });
    assert.equal(row(50000), undefined);

    db.exec(`INSERT INTO __msxd_messages VALUES (50001, 1033, 12, 1, 'mine %s');
      UPDATE __msxd_messages SET text = 'stale' WHERE message_id = 2732;
      INSERT INTO __msxd_messages VALUES (49999, 1033, 16, 0, 'no longer in the catalogue');`);
    startMessages(db);
    assert.deepEqual(row(50001), { message_id: 50001, language_id: 1033, severity: 12, is_event_logged: 1, text: 'mine %s' });
    assert.equal(row(2732)?.text, messageDef(2732)!.text);
    assert.equal(row(49999), undefined);
  } finally {
    db.close();
  }
});
