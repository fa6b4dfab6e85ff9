// What a web page or another extension can reach in Consentry (SECURITY.md): the manifest opens
// no door (no externally_connectable or web-accessible resources, no loosened CSP, only the
// permissions the job needs, only the two top-frame content scripts that read a consent banner's
// declaration), every message listener in extension/ checks its sender, only the extension's own
// pages are answered, and a page's declaration only ever speaks for the page's own site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { servePageRequests } from '../../extension/background/page-requests.js';
import { watchDeclarations } from '../../extension/background/declarations.js';
import { VerdictCache } from '../../extension/background/verdict-cache.js';

const extensionDir = fileURLToPath(new URL('../../extension/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));

function sourcesIn(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(m?js|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}
const sources = sourcesIn(extensionDir).map((path) => ({
  file: relative(extensionDir, path),
  text: readFileSync(path, 'utf8'),
}));

test('the manifest lets no web page or other extension connect', () => {
  assert.equal(manifest.externally_connectable, undefined);
  assert.equal(manifest.web_accessible_resources, undefined);
  assert.equal(manifest.background?.persistent, undefined);
});

test('the only content scripts read a consent banner in the top frame of web pages', () => {
  assert.deepEqual(manifest.content_scripts.map(({ js, world, all_frames: allFrames, matches }) => ({ js, world, allFrames, matches })), [
    { js: ['content/cmp-page.js'], world: 'MAIN', allFrames: undefined, matches: ['http://*/*', 'https://*/*'] },
    { js: ['content/cmp-relay.js'], world: undefined, allFrames: undefined, matches: ['http://*/*', 'https://*/*'] },
  ]);
  const mainWorld = readFileSync(join(extensionDir, 'content/cmp-page.js'), 'utf8');
  assert.doesNotMatch(mainWorld, /\b(chrome|browser)\.|fetch\(|XMLHttpRequest|WebSocket|sendBeacon/, 'the MAIN-world script uses no extension API and no network');
});

test('the manifest asks only for the permissions the job needs', () => {
  // cookies: read and delete; nativeMessaging: the host; tabs: the active tab's site and store;
  // storage: settings sync (storage.sync) and its last merged state (storage.local);
  // webRequest (observing only) and webNavigation: which page set a cookie.
  const needed = new Set(['cookies', 'nativeMessaging', 'tabs', 'storage', 'webRequest', 'webNavigation']);
  for (const permission of manifest.permissions ?? []) {
    assert.ok(needed.has(permission), `unexpected permission "${permission}"`);
  }
  assert.deepEqual(manifest.optional_permissions ?? [], []);
  assert.deepEqual(manifest.host_permissions, ['<all_urls>']);  // cookies of every site
});

test('webRequest only observes: no blocking permission, no blocking listener', () => {
  assert.ok(!(manifest.permissions ?? []).includes('webRequestBlocking'));
  for (const { file, text } of sources) {
    assert.doesNotMatch(text, /['"]blocking['"]/, `${file} asks for a blocking webRequest listener`);
  }
});

test('the content security policy is not loosened', () => {
  const policies = Object.values(manifest.content_security_policy ?? {});
  for (const policy of policies) {
    assert.doesNotMatch(policy, /unsafe-eval|unsafe-inline|https?:|\*/, policy);
  }
});

test('no page loads remote code and no code evaluates strings', () => {
  for (const { file, text } of sources) {
    assert.doesNotMatch(text, /<script[^>]+src=["']?(https?:)?\/\//i, `${file} loads a remote script`);
    assert.doesNotMatch(text, /\beval\s*\(|new\s+Function\s*\(/, `${file} evaluates a string`);
    assert.doesNotMatch(text, /\bimport\s*\(\s*['"`]https?:/, `${file} imports remote code`);
  }
});

test('nothing listens for other extensions or window messages', () => {
  for (const { file, text } of sources) {
    assert.doesNotMatch(text, /onMessageExternal|onConnectExternal/, file);
    assert.doesNotMatch(text, /addEventListener\(\s*['"]message['"]|\bonmessage\s*=/, file);
  }
});

test('every runtime message listener checks the sender', () => {
  const listeners = [];
  for (const { file, text } of sources) {
    for (const match of text.matchAll(/runtime\.on(Message|Connect)\.addListener\(/g)) {
      listeners.push(file);
      const body = text.slice(match.index, match.index + 400);
      assert.match(body, /sender\.id\s*!==\s*runtime\.id/, `${file}: the listener does not check sender.id`);
      assert.match(body, /sender\.url/, `${file}: the listener does not check sender.url`);
    }
  }
  // A new one must be added here on purpose.
  assert.deepEqual(listeners.sort(), ['background/declarations.js', 'background/page-requests.js', 'ui/sweep-progress.js']);
});

// The real listener with a browser runtime reduced to what it touches; `host` records requests.
function listen() {
  const requests = [];
  let listener;
  const runtime = {
    id: 'abcdefghijklmnopabcdefghijklmnop',
    getURL: (path) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${path}`,
    onMessage: { addListener: (fn) => { listener = fn; } },
  };
  const host = {
    request: async (type, fields) => {
      requests.push({ type, fields });
      return { preferences: {}, keep_list: [] };
    },
  };
  const idle = { sweepAll: async () => {}, sweepSite: async () => {}, soon: () => {} };
  servePageRequests({ api: { runtime }, host, jar: {}, pages: {}, enforcer: {}, sweeper: idle, settingsSync: idle, siteOf: async (s) => s, verdicts: new VerdictCache() });
  const send = (message, sender) => new Promise((resolve) => {
    const answered = listener(message, sender, resolve);
    if (answered !== true) resolve(undefined);
  });
  return { send, requests, runtime };
}

const keepRequest = { type: 'keep-cookie', args: { site: 'victim.example', name: 'session' } };

test('a web page, a content script or another extension gets no answer and reaches no host', async () => {
  const { send, requests, runtime } = listen();
  const strangers = [
    { url: 'https://evil.example/' },                                                   // a web page
    { id: runtime.id, url: 'https://evil.example/', tab: { id: 3 } },                   // a content script
    { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/x.html' },
    { id: runtime.id, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil.example/' },
    { id: runtime.id },                                                                 // no url at all
  ];
  for (const sender of strangers) {
    assert.equal(await send(keepRequest, sender), undefined, JSON.stringify(sender));
  }
  assert.deepEqual(requests, []);
});

test("the extension's own pages are answered", async () => {
  const { send, requests, runtime } = listen();
  const reply = await send(keepRequest, { id: runtime.id, url: runtime.getURL('popup/popup.html') });
  assert.deepEqual(reply, { ok: true, json: '[]' });
  assert.deepEqual(requests, [{ type: 'keep_cookie', fields: keepRequest.args }]);
});

// The declarations listener with a runtime reduced to what it touches.
function listenForDeclarations() {
  const requests = [];
  const swept = [];
  let listener;
  const runtime = { id: 'abcdefghijklmnopabcdefghijklmnop', onMessage: { addListener: (fn) => { listener = fn; } } };
  const host = {
    request: async (type, fields) => {
      requests.push({ type, fields });
      return { site: 'shop.example', changed: true };
    },
  };
  watchDeclarations({ api: { runtime }, host, sweeper: { sweepSite: async (site) => { swept.push(site); } }, verdicts: new VerdictCache() });
  return { listener, requests, swept, runtime };
}

const declarationMessage = {
  type: 'cmp-declaration', cmp: 'cookiebot', site: 'victim.example',
  data: { cookieTableAdvertising: [['tracker', 'shop.example', '', '1 year', 'HTTP']] },
};

test('declarations are heard only from our content scripts in a top frame of a web page', async () => {
  const { listener, requests, runtime } = listenForDeclarations();
  const strangers = [
    { url: 'https://shop.example/', frameId: 0, tab: { id: 1 } },                              // a web page
    { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'https://shop.example/', frameId: 0, tab: { id: 1 } },
    { id: runtime.id, url: 'https://ads.example/frame', frameId: 3, tab: { id: 1 } },          // a subframe
    { id: runtime.id, url: 'https://shop.example/', frameId: 0 },                              // no tab
    { id: runtime.id, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup/popup.html', frameId: 0, tab: { id: 1 } },
    { id: runtime.id, url: 'file:///home/u/page.html', frameId: 0, tab: { id: 1 } },
  ];
  for (const sender of strangers) assert.equal(listener(declarationMessage, sender, () => {}), false);
  await new Promise(setImmediate);
  assert.deepEqual(requests, []);
});

test("a page's declaration is declared for the page's own site, whatever the message says, and its site is swept", async () => {
  const { listener, requests, swept, runtime } = listenForDeclarations();
  listener(declarationMessage, { id: runtime.id, url: 'https://shop.example/basket', frameId: 0, tab: { id: 1 } }, () => {});
  await new Promise(setImmediate);
  assert.deepEqual(requests, [{
    type: 'declare',
    fields: { site: 'https://shop.example/basket', cmp: 'cookiebot', cookies: [{ name: 'tracker', pattern: false, category: 'targeting', label: 'marketing' }] },
  }]);
  assert.deepEqual(swept, ['shop.example']);
});
