// The MAIN-world script run as a page would run it: in its own global scope (node's vm) with a
// window holding a platform's objects; what it hands over is the JSON text of its DOM events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { fixture } from '../cmp/fixtures.js';

const source = readFileSync(new URL('../../../extension/content/cmp-page.js', import.meta.url), 'utf8');

// Runs the script; `page` fills the window. Timers run when `tick()` is called, in order.
function runPage(page = {}) {
  const timers = [];
  const handed = [];
  class CustomEvent {
    constructor(type, { detail }) { this.type = type; this.detail = detail; }
  }
  const document = {};
  const context = {
    CustomEvent,
    EventTarget: { prototype: { dispatchEvent(event) { assert.equal(this, document); handed.push({ type: event.type, ...JSON.parse(event.detail) }); } } },
    document,
    setTimeout: (fn, ms) => timers.push([ms, fn]),
    JSON, Array, Object,
  };
  context.window = context;
  vm.createContext(context);
  Object.assign(context, page);
  vm.runInContext(source, context);
  const tick = () => { for (const [, fn] of timers.sort((a, b) => a[0] - b[0]).splice(0)) fn(); };
  return { context, handed, tick, timers };
}

test('a Cookiebot dialog is handed over once, as plain data', () => {
  const dialog = { ...fixture('cookiebot-dialog'), show() {}, cookieTableNecessary: [...fixture('cookiebot-dialog').cookieTableNecessary, [() => 1, 'x']] };
  const { handed, tick } = runPage({ Cookiebot: { dialog } });
  tick();
  assert.equal(handed.length, 1);
  assert.equal(handed[0].type, 'consentry:cmp-declaration');
  assert.equal(handed[0].cmp, 'cookiebot');
  assert.deepEqual(handed[0].data.cookieTableStatistics, fixture('cookiebot-dialog').cookieTableStatistics);
  assert.deepEqual(handed[0].data.cookieTableNecessary.at(-1), [null, 'x'], 'a function is not data');
  assert.equal(handed[0].data.show, undefined);
});

test('a declaration that appears later is found on a later look, and handed over only once', () => {
  const { context, handed, timers } = runPage();
  assert.ok(timers.length > 1, 'the script looks again later');
  const looks = timers.sort((a, b) => a[0] - b[0]).map(([, fn]) => fn);
  looks[0]();
  assert.equal(handed.length, 0, 'nothing to hand over yet');
  context.OneTrust = { GetDomainData: () => fixture('onetrust-en') };
  for (const look of looks.slice(1)) look();
  assert.equal(handed.length, 1);
  assert.equal(handed[0].cmp, 'onetrust');
});

test('a hostile page object is copied within bounds and a throwing getter is skipped', () => {
  const cyclic = { FirstPartyCookies: [] };
  cyclic.self = cyclic;
  const Groups = [cyclic, { get GroupName() { throw new Error('boom'); }, OptanonGroupId: 'C0004' },
    { OptanonGroupId: 'C0002', FirstPartyCookies: Array.from({ length: 10_000 }, (_, i) => ({ Name: `c${i}` })) },
    { OptanonGroupId: 'C0003', GroupName: 'x'.repeat(100_000) }];
  const { handed, tick } = runPage({ OneTrust: { GetDomainData: () => ({ Groups }) } });
  tick();
  const [{ data }] = handed;
  assert.equal(data.Groups[1].GroupName, undefined);
  assert.equal(data.Groups[1].OptanonGroupId, 'C0004');
  assert.equal(data.Groups[2].FirstPartyCookies.length, 2500);
  assert.equal(data.Groups[3].GroupName.length, 512);
  assert.ok(JSON.stringify(data).length < 4 * 1024 * 1024);
});

test('a GetDomainData that throws is tried again later, never fatal', () => {
  let calls = 0;
  const { handed, tick } = runPage({ OneTrust: { GetDomainData: () => { calls += 1; if (calls < 3) throw new Error('not ready'); return fixture('onetrust-en'); } } });
  tick();
  assert.equal(handed.length, 1);
  assert.ok(calls >= 3);
});

test('CookieYes and Usercentrics objects are handed over', () => {
  const { handed, tick } = runPage({
    _ckyConfig: fixture('cookieyes-config'),
    UC_UI: { getServicesBaseInfo: () => fixture('usercentrics-services') },
  });
  tick();
  assert.deepEqual(handed.map((h) => h.cmp).sort(), ['cookieyes', 'usercentrics']);
});
