// Unit tests of extension/lib/host/host-install.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserOf, installCommand } from '../../../extension/lib/host/host-install.js';

test('install command names the browser the extension runs in', () => {
  assert.equal(browserOf('moz-extension://0b1e/'), 'firefox');
  assert.equal(browserOf('chrome-extension://bbknmoenegficbneloggpepccmghfhab/'), 'chromium');
  assert.match(installCommand('firefox'), /consentry-host install --browser firefox$/);
  assert.match(installCommand('chromium'), /consentry-host install --browser chromium$/);
});
