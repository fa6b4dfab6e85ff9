// Unit tests of extension/lib/host/host-install.js: the help names the browser the extension runs in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserOf, currentBrowser, installCommand } from '../../../extension/lib/host/host-install.js';

const CHROME_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const brands = (...names) => names.map((brand) => ({ brand, version: '131' }));
const CHROMIUM_URL = 'chrome-extension://bbknmoenegficbneloggpepccmghfhab/';

test('each Chromium-family browser is told apart by its brands or user agent', () => {
  const cases = [
    [{ brands: brands('Not_A Brand', 'Chromium', 'Google Chrome'), userAgent: CHROME_UA }, 'chrome'],
    [{ brands: brands('Not_A Brand', 'Chromium'), userAgent: CHROME_UA }, 'chromium'],
    [{ brands: brands('Not_A Brand', 'Chromium', 'Microsoft Edge'), userAgent: `${CHROME_UA} Edg/131.0.0.0` }, 'edge'],
    [{ brands: brands('Chromium', 'Brave', 'Not_A Brand'), userAgent: CHROME_UA }, 'brave'],
    [{ brands: brands('Not_A Brand', 'Chromium'), userAgent: CHROME_UA, brave: true }, 'brave'],
    [{ brands: brands('Opera', 'Chromium', 'Not_A Brand'), userAgent: `${CHROME_UA} OPR/115.0.0.0` }, 'opera'],
    [{ brands: [], userAgent: `${CHROME_UA} OPR/115.0.0.0` }, 'opera'],
    [{ brands: [], userAgent: `${CHROME_UA} Vivaldi/7.0` }, 'vivaldi'],
    [{ brands: [], userAgent: CHROME_UA.replace('Chrome/', 'HeadlessChrome/') }, 'chromium'],
  ];
  for (const [input, expected] of cases) {
    assert.equal(browserOf({ extensionUrl: CHROMIUM_URL, ...input }), expected, JSON.stringify(input));
  }
});

test('Firefox is known from its extension URL or its user agent', () => {
  assert.equal(browserOf({ extensionUrl: 'moz-extension://0b1e/' }), 'firefox');
  assert.equal(browserOf({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0' }), 'firefox');
});

test('an unknown browser is null', () => {
  assert.equal(browserOf({ extensionUrl: CHROMIUM_URL, userAgent: 'SomethingElse/1.0' }), null);
  assert.equal(browserOf(), null);
});

test('currentBrowser reads a navigator', () => {
  const nav = { userAgentData: { brands: brands('Microsoft Edge', 'Chromium') }, userAgent: CHROME_UA };
  assert.equal(currentBrowser(CHROMIUM_URL, nav), 'edge');
  assert.equal(currentBrowser(CHROMIUM_URL, { userAgent: CHROME_UA, brave: {} }), 'brave');
  assert.equal(currentBrowser('moz-extension://x/', undefined), 'firefox');
});

test('the install command names the browser, or lets the host find them when it is not known', () => {
  for (const browser of ['chrome', 'chromium', 'edge', 'brave', 'vivaldi', 'opera', 'firefox']) {
    assert.equal(installCommand(browser), `consentry-host install --browser ${browser}`);
  }
  assert.equal(installCommand(null), 'consentry-host install');
  assert.equal(installCommand('edge', 'build/host/consentry-host'), 'build/host/consentry-host install --browser edge');
});
