// Unit tests of extension/background/declarations.js around the verdict cache: a declaration the
// host stored as changed clears the remembered verdicts before the site is swept again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchDeclarations } from '../../../extension/background/declarations.js';
import { VerdictCache } from '../../../extension/background/verdict-cache.js';
import { fakeEvent } from './fake-events.js';

const cookie = { name: 'a', domain: '.a.example', path: '/', storeId: '0', value: 'v' };
const verdict = { category: 'targeting', action: 'keep', reason: 'r', site: 'a.example' };
const declared = {
  type: 'cmp-declaration', cmp: 'cookieyes',
  data: { _categories: [{ slug: 'analytics', name: 'Analytics', cookies: [{ cookieID: '_ga' }] }] },
};

async function declare() {
  const verdicts = new VerdictCache();
  verdicts.remember(verdicts.generation(), [cookie], [null], [verdict]);
  const onMessage = fakeEvent();
  let swept;
  const sweptSite = new Promise((resolve) => { swept = resolve; });
  const host = { request: async () => ({ changed: true, site: 'a.example' }) };
  const sweeper = { sweepSite: async (site) => swept({ site, remembered: verdicts.lookup(cookie, null) }) };
  watchDeclarations({ api: { runtime: { id: 'consentry', onMessage } }, host, sweeper, verdicts });
  onMessage.fire(declared, { id: 'consentry', frameId: 0, tab: { id: 1 }, url: 'https://a.example/' });
  return sweptSite;
}

test('a changed declaration clears the remembered verdicts before the site is swept', async () => {
  assert.deepEqual(await declare(), { site: 'a.example', remembered: undefined });
});
