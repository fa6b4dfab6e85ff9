// A keyboard-only walk through the popup, in both browsers: Tab reaches every control in reading
// order with a visible focus ring, Shift+Tab walks back, Enter opens a category and its cookies'
// Details show their facts, Space on "Always keep" restores a deleted cookie and focus stays on
// that checkbox. The walk never tabs past the last control: in a tab (unlike the toolbar popup)
// Firefox then hands focus to its own toolbar, and keys no longer reach the page.
import assert from 'node:assert/strict';

import { testInBrowsers } from './harness/in_browsers.mjs';
import { visitTestSite } from './harness/visit.mjs';
import { whenIdle } from './harness/page_state.mjs';
import { waitFor } from './harness/poll.mjs';

const LAST_CONTROL = 'open-log';

// What has focus: an id, or which <details> a summary opens, or the link text; and whether it shows.
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  // Several <details> share the popup: a category, a third party, the site report.
  const detailsName = (d) => d.dataset.category ?? d.dataset.thirdParty ?? (d.className || 'details');
  if (!document.hasFocus() || el === document.body || el === null) return { name: 'body', ring: false };
  const name = el.id || (el.matches('summary') ? `summary:${detailsName(el.closest('details'))}` : el.textContent.trim());
  const style = getComputedStyle(el);
  return { name, ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' };
});

// Presses Tab (Shift+Tab with `back`) until `wanted` has focus.
async function tabUntil(page, wanted, { back = false, limit = 40 } = {}) {
  for (let i = 0; i < limit; i += 1) {
    if (back) await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (back) await page.keyboard.up('Shift');
    const now = await focused(page);
    if (now.name === wanted) return now;
  }
  throw new Error(`Tab never reached ${wanted}`);
}

testInBrowsers('keyboard only: every popup control is reached with a visible focus, and works', {}, async (session, site) => {
  await visitTestSite(session, site);
  const popup = await session.openPopupFor(site.url('/'));
  await whenIdle(popup);

  const order = [];
  for (let i = 0; i < 30 && order.at(-1)?.name !== LAST_CONTROL; i += 1) {
    await popup.keyboard.press('Tab');
    const now = await focused(popup);
    if (now.name === 'body' || order.some((seen) => seen.name === now.name)) break;
    order.push(now);
  }
  const names = order.map((f) => f.name);
  const expected = ['open-options', 'site-not-working', 'cookie-search', 'clean-site', 'summary:necessary', 'summary:functional', 'switch-functional',
    'summary:performance', 'switch-performance', 'summary:targeting', 'switch-targeting', 'open-inspect', 'open-log'];
  assert.deepEqual(names.filter((n) => expected.includes(n)), expected, `Tab order: ${names.join(', ')}`);
  for (const stop of order) assert.ok(stop.ring, `${stop.name} shows where focus is`);

  await tabUntil(popup, 'summary:targeting', { back: true });
  await popup.keyboard.press('Enter');
  await waitFor(() => popup.evaluate(() => document.querySelector('details[data-category="targeting"]').open),
    { what: 'Enter to open the targeting row' });
  const facts = await popup.evaluate(() => document.querySelector('details[data-category="targeting"] .cookie-details dl').textContent);
  assert.match(facts, /^Value.+Domain.+Path/);
  assert.doesNotMatch(facts, /object/);
  const boxId = await popup.evaluate(() => document.querySelector('details[data-category="targeting"] input[data-action="keep"]').id);
  const box = await tabUntil(popup, boxId);
  const cookieName = await popup.evaluate(() => document.activeElement.dataset.cookieName);
  await popup.keyboard.press(' ');
  const after = await waitFor(() => popup.evaluate((n) => {
    const idle = document.getElementById('content').getAttribute('aria-busy') === 'false';
    const item = document.querySelector(`li.cookie[data-cookie-name="${n}"]`);
    return idle && item?.dataset.state === 'kept' && { focus: document.activeElement.dataset.cookieName, checked: document.activeElement.checked };
  }, cookieName), { what: `${cookieName} to be restored from the keyboard` });
  assert.ok(box.ring);
  assert.deepEqual(after, { focus: cookieName, checked: true });
});
