// New and changed cookies (cookies.onChanged with removed:false; removals, including our own,
// are ignored) are gathered into bursts and enforced together: one `decide` per burst, each
// cookie with the page that set it (page-context.js; looked up when the burst leaves, so that a
// response's Set-Cookie seen just after the cookie still counts).
import { BatchQueue } from '../lib/cookies/batch-queue.js';
import { cookieKey } from '../lib/cookies/cookie-key.js';

export function watchCookieChanges(cookies, pages, enforcer) {
  const queue = new BatchQueue(
    (batch) => enforcer.enforce(batch, pages.attribute(batch)).catch((error) => {
      console.error('Consentry: could not enforce', batch.length, 'new cookies:', error.message);
    }),
    { delayMs: 5, maxItems: 100, keyOf: cookieKey },
  );
  cookies.onChanged.addListener(({ removed, cookie }) => {
    if (!removed) queue.add(cookie);
  });
}
