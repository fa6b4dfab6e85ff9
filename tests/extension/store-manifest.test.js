import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { storeManifest } from '../../packaging/extension/store-manifest.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../extension/manifest.json', import.meta.url), 'utf8'));

test('the Firefox cut keeps the event page and the gecko id, and drops Chromium\'s key and worker', () => {
  const firefox = storeManifest('firefox', manifest);
  assert.deepEqual(firefox.background, { scripts: manifest.background.scripts, type: 'module' });
  assert.equal(firefox.browser_specific_settings.gecko.id, manifest.browser_specific_settings.gecko.id);
  assert.equal('key' in firefox, false);
  assert.deepEqual(firefox.permissions, manifest.permissions);
});

test('the Chrome Web Store cut has the service worker and neither key nor Firefox settings', () => {
  const chrome = storeManifest('chrome', manifest);
  assert.deepEqual(chrome.background, { service_worker: manifest.background.service_worker, type: 'module' });
  assert.equal('key' in chrome, false);
  assert.equal('browser_specific_settings' in chrome, false);
  assert.deepEqual(chrome.host_permissions, manifest.host_permissions);
});

test('the source manifest is left as it was', () => {
  const before = structuredClone(manifest);
  storeManifest('chrome', manifest);
  storeManifest('firefox', manifest);
  assert.deepEqual(manifest, before);
});

test('an unknown target is refused', () => {
  assert.throws(() => storeManifest('safari', manifest), /unknown store target "safari"/);
});
