import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readUsercentrics } from '../../../extension/lib/cmp/usercentrics.js';
import { byName, fixture } from './fixtures.js';

test('Usercentrics cookie disclosures map by category slug, custom slugs by name', () => {
  assert.deepEqual(byName(readUsercentrics(fixture('usercentrics-services'))), {
    uc_session: 'necessary',   // uc_settings is local storage
    _ga: 'targeting',          // the site files Google Analytics under marketing
    '~_ga_*': 'targeting',
    uc_visits: 'performance',  // the custom slug "statistik"
    chat_state: 'functional',
  });
});

test('services without disclosures or of the wrong shape declare nothing', () => {
  assert.deepEqual(readUsercentrics([{ categorySlug: 'marketing' }, null, { categorySlug: 5, deviceStorage: { disclosures: [{ identifier: 'x' }] } }]), []);
  assert.deepEqual(readUsercentrics('x'), []);
});
