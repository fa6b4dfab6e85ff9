// Unit tests of extension/background/cookie-events.js around the verdict cache: a removed
// cookie's remembered verdict goes with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchCookieChanges } from '../../../extension/background/cookie-events.js';
import { VerdictCache } from '../../../extension/background/verdict-cache.js';
import { fakeEvent } from './fake-events.js';

const cookie = (name) => ({ name, domain: '.a.example', path: '/', storeId: '0', value: 'v' });
const verdict = { category: 'targeting', action: 'keep', reason: 'r', site: 'a.example' };

test('a removed cookie\'s remembered verdict is dropped, the others stay', () => {
  const verdicts = new VerdictCache();
  verdicts.remember(verdicts.generation(), [cookie('gone'), cookie('stays')], [null, null], [verdict, verdict]);
  const onChanged = fakeEvent();
  const noted = [];
  watchCookieChanges({ onChanged }, { jar: { noteChange: (change) => noted.push(change) }, pages: {}, enforcer: {}, verdicts });
  onChanged.fire({ removed: true, cause: 'explicit', cookie: cookie('gone') });
  assert.equal(noted.length, 1);
  assert.equal(verdicts.lookup(cookie('gone'), null), undefined);
  assert.deepEqual(verdicts.lookup(cookie('stays'), null), verdict);
});
