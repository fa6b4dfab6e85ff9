// Every change is told to the jar (what the browser holds, for removals); new and changed
// cookies (removed:false; removals, including our own, are not judged) are gathered into bursts
// and enforced together: one `decide` per burst, each cookie with the page that set it
// (page-context.js). The page is looked up when the burst leaves. Cookies without strong
// evidence of it wait up to LATE_EVIDENCE_MS for more (Firefox may tell of a response's
// Set-Cookie, or of a top frame's commit, after the cookie it stored; later still on a busy
// machine), looked up again at each new piece of it; then the weak evidence decides, and
// without any they are judged by their own site. A removed cookie's remembered verdict goes
// with it (verdict-cache.js).
import { BatchQueue } from '../lib/cookies/batch-queue.js';
import { cookieKey } from '../lib/cookies/cookie-key.js';

const LATE_EVIDENCE_MS = 250;

async function attributed(batch, pages) {
  const found = pages.attribute(batch, { strongOnly: true });
  const deadline = Date.now() + LATE_EVIDENCE_MS;
  let missing = found.flatMap((page, i) => (page ? [] : [i]));
  while (missing.length > 0 && Date.now() < deadline) {
    await pages.nextEvidence(deadline - Date.now());
    const late = pages.attribute(missing.map((i) => batch[i]), { strongOnly: true });
    missing.forEach((i, k) => { found[i] = late[k]; });
    missing = missing.filter((i) => !found[i]);
  }
  const weak = pages.attribute(missing.map((i) => batch[i]));
  missing.forEach((i, k) => { found[i] = weak[k]; });
  return found;
}

export function watchCookieChanges(cookies, { jar, pages, enforcer, verdicts }) {
  const queue = new BatchQueue(
    (batch) => attributed(batch, pages).then((pagesOf) => enforcer.enforce(batch, pagesOf)).catch((error) => {
      console.error('Consentry: could not enforce', batch.length, 'new cookies:', error.message);
    }),
    { delayMs: 5, maxItems: 100, keyOf: cookieKey },
  );
  cookies.onChanged.addListener((change) => {
    jar.noteChange(change);
    if (change.removed) verdicts.forget(change.cookie);
    else queue.add(change.cookie);
  });
}
