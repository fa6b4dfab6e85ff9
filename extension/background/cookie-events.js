// Every change is told to the jar (what the browser holds, for removals); new and changed
// cookies (removed:false; removals, including our own, are not judged) are gathered into bursts
// and enforced together: one `decide` per burst, each cookie with the page that set it
// (page-context.js). The page is looked up when the burst leaves;
// cookies still without one wait up to LATE_EVIDENCE_MS for more evidence (Firefox may tell of a
// response's Set-Cookie after the cookie it stored, later still on a busy machine), looked up
// again at each new piece of it, and are judged by their own site if none comes.
import { BatchQueue } from '../lib/cookies/batch-queue.js';
import { cookieKey } from '../lib/cookies/cookie-key.js';

const LATE_EVIDENCE_MS = 250;

async function attributed(batch, pages) {
  const found = pages.attribute(batch);
  const deadline = Date.now() + LATE_EVIDENCE_MS;
  for (let missing = found.flatMap((page, i) => (page ? [] : [i])); missing.length > 0 && Date.now() < deadline;) {
    await pages.nextEvidence(deadline - Date.now());
    const late = pages.attribute(missing.map((i) => batch[i]));
    missing.forEach((i, k) => { found[i] = late[k]; });
    missing = missing.filter((i) => !found[i]);
  }
  return found;
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
