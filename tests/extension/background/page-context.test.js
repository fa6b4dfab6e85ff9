// Unit tests of extension/background/page-context.js, driven by fake webRequest, webNavigation
// and tabs events shaped as the browsers send them, over an in-memory storage.session.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageContext } from '../../../extension/background/page-context.js';
import { fakeEvent } from './fake-events.js';
import { fakeStorageArea } from './fake-storage.js';

function browserWith({ frames = {}, openTabs = [], rejectExtraHeaders = false, session = fakeStorageArea() } = {}) {
  const onHeadersReceived = fakeEvent();
  if (rejectExtraHeaders) {
    const add = onHeadersReceived.addListener;
    onHeadersReceived.addListener = (listener, filter, spec) => {
      if (spec.includes('extraHeaders')) throw new TypeError('Invalid enumeration value "extraHeaders"');
      add.call(onHeadersReceived, listener, filter, spec);
    };
  }
  return {
    webRequest: { onHeadersReceived },
    webNavigation: { onCommitted: fakeEvent(), getAllFrames: async ({ tabId }) => frames[tabId] ?? [] },
    tabs: { onRemoved: fakeEvent(), query: async () => openTabs },
    storage: { session },
  };
}

function watching(options) {
  const api = browserWith(options);
  const pages = new PageContext(api);
  pages.watch();
  return { api, pages };
}

const response = (tabId, url, type, setCookies = []) => ({
  tabId, url, type, frameId: type === 'main_frame' ? 0 : 3,
  responseHeaders: setCookies.map((value) => ({ name: 'Set-Cookie', value })),
});
const committed = (tabId, frameId, url) => ({ tabId, frameId, url });
const commitAll = (api, frames) => frames.forEach((frame) => api.webNavigation.onCommitted.fire(committed(...frame)));
const cookie = (name, domain, extra = {}) => ({ name, domain, path: '/', storeId: '0', value: 'v', ...extra });

test('Chromium gets the extraHeaders option that shows Set-Cookie; Firefox, which refuses it, does without', () => {
  const chromium = watching();
  assert.deepEqual(chromium.api.webRequest.onHeadersReceived.listeners[0].options[1], ['responseHeaders', 'extraHeaders']);
  const firefox = watching({ rejectExtraHeaders: true });
  assert.deepEqual(firefox.api.webRequest.onHeadersReceived.listeners[0].options[1], ['responseHeaders']);
});

test('a third-party Set-Cookie belongs to the page of the tab its request came from', () => {
  const { api, pages } = watching();
  api.webRequest.onHeadersReceived.fire(response(7, 'https://www.news.example/', 'main_frame', ['sid=1; Path=/']));
  api.webNavigation.onCommitted.fire(committed(7, 0, 'https://www.news.example/'));
  api.webRequest.onHeadersReceived.fire(response(7, 'https://ads.tracker.example/frame', 'sub_frame', ['IDE=abc; Domain=.tracker.example; SameSite=None; Secure']));
  const [ide, sid] = pages.attribute([cookie('IDE', '.tracker.example'), cookie('sid', 'www.news.example')]);
  assert.equal(ide.url, 'https://www.news.example/');
  assert.equal(ide.tabId, 7);
  assert.equal(sid, ide, 'the top-level response started the same page the frame loaded in');
});

test('a header is used once: the same cookie written later without evidence is not attributed by it', () => {
  const { api, pages } = watching();
  api.webRequest.onHeadersReceived.fire(response(1, 'https://a.example/', 'main_frame', ['x=1']));
  assert.equal(pages.attribute([cookie('x', 'a.example')])[0].url, 'https://a.example/');
  api.tabs.onRemoved.fire(1);
  // remembered from the first time
  assert.equal(pages.attribute([cookie('x', 'a.example')])[0].url, 'https://a.example/');
  assert.equal(pages.attribute([cookie('y', 'a.example')])[0], null);
});

test('a requests without a tab (a service worker) attributes nothing', () => {
  const { api, pages } = watching();
  api.webRequest.onHeadersReceived.fire(response(-1, 'https://a.example/api', 'xmlhttprequest', ['x=1']));
  assert.deepEqual(pages.attribute([cookie('x', 'a.example')]), [null]);
});

test('a document.cookie write belongs to the tab one of whose frames could have written it', () => {
  const { api, pages } = watching();
  commitAll(api, [[1, 0, 'https://shop.example/'], [2, 0, 'https://news.example/'], [2, 5, 'https://ads.tracker.example/frame']]);
  const [muid, own, unrelated] = pages.attribute([
    cookie('MUID', '.tracker.example'), cookie('lang', 'shop.example'), cookie('z', 'elsewhere.example'),
  ]);
  assert.equal(muid.url, 'https://news.example/');
  assert.equal(own.url, 'https://shop.example/');
  assert.equal(unrelated, null);
});

test('when several tabs could have written a cookie, a tab on the cookie\'s own site wins, then the newest page', () => {
  const { api, pages } = watching();
  commitAll(api, [[1, 0, 'https://news.example/'], [1, 4, 'https://www.tracker.example/'], [2, 0, 'https://tracker.example/'],
    [3, 0, 'https://blog.example/'], [3, 4, 'https://www.tracker.example/']]);
  assert.equal(pages.attribute([cookie('a', '.tracker.example')])[0].tabId, 2);
  assert.equal(pages.attribute([cookie('b', 'www.tracker.example')])[0].tabId, 3);
});

test('a partitioned cookie belongs to a tab on its partition\'s site, else to the partition itself', () => {
  const { api, pages } = watching();
  commitAll(api, [[1, 0, 'https://news.example/'], [1, 4, 'https://ads.tracker.example/'],
    [2, 0, 'https://shop.example/'], [2, 4, 'https://ads.tracker.example/']]);
  const partitioned = cookie('_ttp', 'ads.tracker.example', { partitionKey: { topLevelSite: 'https://news.example' } });
  assert.equal(pages.attribute([partitioned])[0].tabId, 1);
  const elsewhere = cookie('_ttp', 'ads.tracker.example', { partitionKey: { topLevelSite: 'https://mail.example' } });
  assert.deepEqual(pages.attribute([elsewhere])[0], { id: 0, url: 'https://mail.example', tabId: null });
  const isolated = cookie('id', 'ads.tracker.example', { firstPartyDomain: 'mail.example' });
  assert.equal(pages.pageOf(isolated).url, 'mail.example');
});

test('a partitioned cookie with no other evidence yet belongs to the newest page open on its partition\'s site', () => {
  const { api, pages } = watching();
  api.webRequest.onHeadersReceived.fire(response(1, 'https://www.news.example/a', 'main_frame'));
  api.webRequest.onHeadersReceived.fire(response(2, 'https://news.example/b', 'main_frame'));
  // The frame that set it is not known yet (its header or commit told late).
  const early = cookie('_uetvid', 'ads.tracker.example', { partitionKey: { topLevelSite: 'https://news.example' } });
  const page = pages.attribute([early])[0];
  assert.equal(page.tabId, 2);
  pages.noteDeletions([page]);
  assert.equal(pages.deletionsOn(2), 1, 'counted on the tab\'s badge');
});

test('a subframe committed before its top frame\'s commit is still one of the page\'s frames', () => {
  const { api, pages } = watching();
  api.webRequest.onHeadersReceived.fire(response(1, 'https://news.example/', 'main_frame'));
  api.webNavigation.onCommitted.fire(committed(1, 5, 'https://ads.tracker.example/frame'));
  api.webNavigation.onCommitted.fire(committed(1, 0, 'https://news.example/'));
  assert.equal(pages.attribute([cookie('MUID', '.tracker.example')])[0]?.url, 'https://news.example/');
});

test('a cookie in the jar is known by the page that last set it; a new page in the tab does not change it', () => {
  const { api, pages } = watching();
  api.webRequest.onHeadersReceived.fire(response(1, 'https://a.example/', 'main_frame'));
  api.webRequest.onHeadersReceived.fire(response(1, 'https://t.example/px', 'image', ['id=1; Domain=t.example']));
  pages.attribute([cookie('id', '.t.example')]);
  api.webRequest.onHeadersReceived.fire(response(1, 'https://c.example/', 'main_frame'));
  assert.equal(pages.pageOf(cookie('id', '.t.example')).url, 'https://a.example/');
  api.webRequest.onHeadersReceived.fire(response(1, 'https://t.example/px', 'image', ['id=2; Domain=t.example']));
  pages.attribute([cookie('id', '.t.example')]);
  assert.equal(pages.pageOf(cookie('id', '.t.example')).url, 'https://c.example/', 'set again on c: c\'s now');
  assert.equal(pages.pageOf(cookie('other', '.t.example')), null);
});

test('deletions count on the page that set the cookie, until the tab loads another page', () => {
  const { api, pages } = watching();
  const counted = [];
  pages.onDeletionsCounted((tabIds) => counted.push(tabIds));
  api.webRequest.onHeadersReceived.fire(response(1, 'https://a.example/', 'main_frame', ['x=1', 'y=1']));
  const [x, y] = pages.attribute([cookie('x', 'a.example'), cookie('y', 'a.example')]);
  pages.noteDeletions([x, y, null]);
  assert.equal(pages.deletionsOn(1), 2);
  assert.deepEqual(counted, [[1]]);
  api.webNavigation.onCommitted.fire(committed(1, 0, 'https://a.example/'));
  assert.equal(pages.deletionsOn(1), 2, 'the commit of the page whose response was seen is the same page');
  api.webNavigation.onCommitted.fire(committed(1, 0, 'https://b.example/'));
  assert.equal(pages.deletionsOn(1), 0);
  pages.noteDeletions([x]);
  assert.equal(pages.deletionsOn(1), 0, 'a deletion for the page left behind is not counted on the new one');
  assert.equal(counted.length, 1);
});

test('closed tabs are forgotten', () => {
  const { api, pages } = watching();
  api.webNavigation.onCommitted.fire(committed(1, 0, 'https://a.example/'));
  api.webNavigation.onCommitted.fire(committed(1, 2, 'https://t.example/'));
  api.tabs.onRemoved.fire(1, {});
  assert.equal(pages.currentPage(1), null);
  assert.deepEqual(pages.attribute([cookie('id', 't.example')]), [null]);
});

test('unmatched Set-Cookie headers are bounded per tab: the oldest are dropped', () => {
  const { api, pages } = watching();
  api.webRequest.onHeadersReceived.fire(response(1, 'https://a.example/', 'main_frame'));
  const names = Array.from({ length: 1001 }, (_, i) => `c${i}=1`);
  api.webRequest.onHeadersReceived.fire(response(1, 'https://t.example/x', 'script', names));
  const [oldest, newest] = pages.attribute([cookie('c0', 't.example'), cookie('c1000', 't.example')]);
  assert.equal(oldest, null);
  assert.equal(newest.url, 'https://a.example/');
});

test('the tabs open before the background started are read from their frames', async () => {
  const { pages } = watching({
    openTabs: [{ id: 4 }],
    frames: { 4: [{ frameId: 0, url: 'https://news.example/' }, { frameId: 9, url: 'https://ads.tracker.example/' }] },
  });
  await pages.learnOpenTabs();
  assert.equal(pages.currentPage(4).url, 'https://news.example/');
  assert.equal(pages.attribute([cookie('IDE', '.tracker.example')])[0].tabId, 4);
});

test('a wait for evidence ends at the next Set-Cookie or frame, or at its timeout', async () => {
  const { api, pages } = watching();
  const waiting = pages.nextEvidence(60_000);
  api.webNavigation.onCommitted.fire(committed(1, 0, 'https://a.example/'));
  await waiting;
  await pages.nextEvidence(1);
});

test('strong evidence only: a third-party frame is weak, the cookie\'s own top-level page is strong', () => {
  const { api, pages } = watching();
  commitAll(api, [[1, 0, 'https://news.example/'], [1, 5, 'https://ads.example/frame']]);
  const muid = cookie('MUID', 'ads.example');
  assert.equal(pages.attribute([muid], { strongOnly: true })[0], null, 'maybe set by a page whose commit is not told yet');
  api.webNavigation.onCommitted.fire(committed(2, 0, 'https://ads.example/'));
  assert.equal(pages.attribute([muid], { strongOnly: true })[0].tabId, 2);
  api.tabs.onRemoved.fire(2);
  assert.equal(pages.attribute([muid])[0].tabId, 1, 'without strong evidence, the weak decides');
});

test('a frame is known from its document\'s response, before its commit is told', () => {
  const { api, pages } = watching();
  api.webRequest.onHeadersReceived.fire(response(1, 'https://news.example/', 'main_frame'));
  api.webRequest.onHeadersReceived.fire(response(1, 'https://ads.example/frame', 'sub_frame'));
  assert.equal(pages.attribute([cookie('MUID', 'ads.example')])[0].tabId, 1);
  api.webRequest.onHeadersReceived.fire(response(2, 'https://ads.example/', 'main_frame'));
  assert.equal(pages.attribute([cookie('MUID', 'ads.example')], { strongOnly: true })[0].tabId, 2,
    'a page whose response was seen is on its own site before it commits');
});

// A background that stopped and starts again: a new PageContext over the same storage.session.
async function restarted(session, openTabs = []) {
  const again = watching({ session, openTabs });
  await again.pages.restore();
  return again;
}

test('after a restart of the background, cookies keep their pages and open tabs their pages and deletions', async () => {
  const session = fakeStorageArea();
  const { api, pages } = watching({ session });
  api.webRequest.onHeadersReceived.fire(response(1, 'https://news.example/', 'main_frame'));
  api.webRequest.onHeadersReceived.fire(response(1, 'https://ads.example/frame', 'sub_frame', ['IDE=1; Domain=ads.example']));
  api.webRequest.onHeadersReceived.fire(response(2, 'https://shop.example/', 'main_frame', ['cart=1']));
  const [ide, cart] = pages.attribute([cookie('IDE', '.ads.example'), cookie('cart', 'shop.example')]);
  pages.noteDeletions([ide, ide]);
  await pages.flush();

  const { pages: after } = await restarted(session, [{ id: 1 }]);
  assert.deepEqual(after.pageOf(cookie('IDE', '.ads.example')), ide);
  assert.deepEqual(after.pageOf(cookie('cart', 'shop.example')), cart, 'a closed tab\'s cookies keep their page');
  assert.deepEqual(after.currentPage(1), ide);
  assert.equal(after.deletionsOn(1), 2);
  assert.equal(after.currentPage(2), null, 'the tab closed while the background was stopped');
  after.noteDeletions([after.pageOf(cookie('IDE', '.ads.example'))]);
  assert.equal(after.deletionsOn(1), 3, 'a restored page counts on');
});

test('what was learnt before the restore is newer than what it brings back, and its pages too', async () => {
  const session = fakeStorageArea();
  const before = watching({ session });
  before.api.webRequest.onHeadersReceived.fire(response(1, 'https://a.example/', 'main_frame', ['x=1', 'y=1']));
  before.pages.attribute([cookie('x', 'a.example'), cookie('y', 'a.example')]);
  await before.pages.flush();

  const { api, pages } = watching({ session, openTabs: [{ id: 1 }, { id: 2 }] });
  api.webRequest.onHeadersReceived.fire(response(2, 'https://b.example/', 'main_frame'));
  api.webRequest.onHeadersReceived.fire(response(2, 'https://a.example/frame', 'sub_frame', ['x=2']));
  const [x] = pages.attribute([cookie('x', 'a.example')]);
  await pages.restore();
  assert.equal(pages.pageOf(cookie('x', 'a.example')).url, 'https://b.example/');
  assert.equal(pages.pageOf(cookie('y', 'a.example')).url, 'https://a.example/');
  assert.ok(x.id > pages.currentPage(1).id, 'the page started since the restart is the newer');
  api.webNavigation.onCommitted.fire(committed(1, 5, 'https://ads.example/'));
  api.webNavigation.onCommitted.fire(committed(2, 5, 'https://ads.example/'));
  assert.equal(pages.attribute([cookie('MUID', 'ads.example')])[0].tabId, 2, 'the newest page wins');
});

test('changes are stored once for many, when flushed', async () => {
  const session = fakeStorageArea();
  const { api, pages } = watching({ session });
  api.webRequest.onHeadersReceived.fire(response(1, 'https://a.example/', 'main_frame'));
  for (let i = 0; i < 100; i++) {
    api.webRequest.onHeadersReceived.fire(response(1, 'https://t.example/px', 'image', [`c${i}=1`]));
    pages.noteDeletions(pages.attribute([cookie(`c${i}`, 't.example')]));
  }
  assert.equal(session.writes, 0);
  await pages.flush();
  assert.equal(session.writes, 1);
  await pages.flush();
  assert.equal(session.writes, 1, 'nothing changed since');
  pages.attribute([cookie('c0', 't.example')]);
  await pages.flush();
  assert.equal(session.writes, 2);
});

test('the stored memory is bounded: the newest cookies within the count, and within the size', async () => {
  const session = fakeStorageArea();
  const { api, pages } = watching({ session });
  api.webRequest.onHeadersReceived.fire(response(1, 'https://a.example/', 'main_frame'));
  const page = pages.currentPage(1);
  const long = 'n'.repeat(500);
  for (let i = 0; i < 20_050; i++) pages.remember(cookie(`${long}${i}`, 't.example'), page);
  await pages.flush();
  const storedChars = JSON.stringify(session.values).length;
  assert.ok(storedChars < 2_100_000, `${storedChars} characters stored`);

  const { pages: after } = await restarted(session, [{ id: 1 }]);
  assert.equal(after.pageOf(cookie(`${long}20049`, 't.example'))?.url, 'https://a.example/');
  assert.equal(after.pageOf(cookie(`${long}0`, 't.example')), null);
  assert.equal(after.pageOf(cookie(`${long}49`, 't.example')), null, 'the oldest beyond the size are left out');
});

test('a stored value that is not the page memory is ignored with a warning', async (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  for (const value of [null, 'text', { version: 1 }, { version: 1, nextPageId: 2, pages: [[1, 'https://a.example/', 1, 0]], cookies: [['k', 5]], tabs: [] }]) {
    const { pages } = await restarted(fakeStorageArea({ pageMemory: value }), [{ id: 1 }]);
    assert.equal(pages.currentPage(1), null);
  }
  assert.equal(warn.mock.callCount(), 4);
  const { pages } = await restarted(fakeStorageArea({ other: 1 }));
  assert.equal(pages.pageOf(cookie('x', 'a.example')), null, 'nothing stored yet');
  assert.equal(warn.mock.callCount(), 4);
});
