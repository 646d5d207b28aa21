import { test } from 'node:test';
import { CORPUS } from './corpus';
import { roundTrip } from './helpers';

test('every corpus batch survives parse -> print -> parse unchanged', () => {
  for (const sql of CORPUS) roundTrip(sql);
});
