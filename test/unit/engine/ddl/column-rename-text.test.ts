import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renameColumnInText } from '../../../../src/engine/ddl/column-rename-text';

test('renameColumnInText renames the column wherever the expression names it', () => {
  assert.equal(renameColumnInText('([qty]>(0))', 'qty', 'n'), '([n]>(0))');
  assert.equal(renameColumnInText('qty * price + QTY', 'Qty', 'amount'), '[amount] * price + [amount]');
  assert.equal(renameColumnInText('([a]>(0) AND [b]<[a])', 'a', 'x]y'), '([x]]y]>(0) AND [b]<[x]]y])');
});

test('renameColumnInText leaves function names, qualified members, strings and other columns alone', () => {
  assert.equal(renameColumnInText("(len([qty])>(0) AND [note]<>'qty')", 'len', 'z'), "(len([qty])>(0) AND [note]<>'qty')");
  assert.equal(renameColumnInText('(t.qty>(0))', 'qty', 'n'), '(t.qty>(0))');
  assert.equal(renameColumnInText('([qtyx]>(0))', 'qty', 'n'), '([qtyx]>(0))');
});
