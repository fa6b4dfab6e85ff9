// Every change is told to the jar (what the browser holds, for removals); new and changed
// cookies (removed:false; removals, including our own, are not judged) are gathered into bursts and enforced together: one `decide` per burst, each
// cookie with the page that set it (page-context.js; looked up when the burst leaves, and once
// more LATE_EVIDENCE_MS later for the cookies still without a page: Firefox may tell of a
// response's Set-Cookie after the cookie it stored).
import { BatchQueue } from '../lib/cookies/batch-queue.js';
import { cookieKey } from '../lib/cookies/cookie-key.js';

const LATE_EVIDENCE_MS = 30;

async function attributed(batch, pages) {
  const found = pages.attribute(batch);
  if (found.every(Boolean)) return found;
  await new Promise((resolve) => { setTimeout(resolve, LATE_EVIDENCE_MS); });
  const unknown = batch.filter((_, i) => !found[i]);
  const late = pages.attribute(unknown);
  return found.map((page) => page ?? late.shift());
}

export function watchCookieChanges(cookies, { jar, pages, enforcer }) {
  const queue = new BatchQueue(
    (batch) => attributed(batch, pages).then((pagesOf) => enforcer.enforce(batch, pagesOf)).catch((error) => {
      console.error('Consentry: could not enforce', batch.length, 'new cookies:', error.message);
    }),
    { delayMs: 5, maxItems: 100, keyOf: cookieKey },
  );
  cookies.onChanged.addListener((change) => {
    jar.noteChange(change);
    if (!change.removed) queue.add(change.cookie);
  });
}
