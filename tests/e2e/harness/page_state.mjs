// Reading an extension page's state by polling its DOM (the same calls work on playwright's and
// puppeteer's pages): the pages mark their content aria-busy while they wait for the background.
import { waitFor } from './poll.mjs';

// Resolves once the page has drawn and is not waiting for an answer.
export function whenIdle(page, what = 'the page to finish drawing') {
  return waitFor(() => page.evaluate(() => {
    const busy = document.querySelector('[aria-busy]');
    return busy !== null && busy.getAttribute('aria-busy') === 'false';
  }), { what });
}

// Clicks `selector`, then waits until the page is idle with the control's checked state `checked`.
export async function toggle(page, selector, checked) {
  await page.click(selector);
  await waitFor(() => page.evaluate(([sel, want]) => {
    const busy = document.querySelector('[aria-busy]')?.getAttribute('aria-busy');
    return busy === 'false' && document.querySelector(sel)?.checked === want;
  }, [selector, checked]), { what: `${selector} to be ${checked ? 'on' : 'off'}` });
}

// Opens the popup's category row that lists cookie `name`, as a person clicks it open.
export async function showCookie(page, name) {
  const category = await waitFor(() => page.evaluate((n) => {
    const item = document.querySelector(`li.cookie[data-cookie-name="${CSS.escape(n)}"]`);
    return item && !item.closest('details').open ? item.dataset.category : item && 'open';
  }, name), { what: `the popup to list ${name}` });
  if (category !== 'open') await page.click(`details[data-category="${category}"] > summary`);
}
