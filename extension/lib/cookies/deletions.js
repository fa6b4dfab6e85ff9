// From the host's verdicts to removals: which cookies a `decide` reply condemns (action
// "delete"; a cookie the host could not judge is never removed), with each one's index in the
// list, and the record_deletions entry reported for each one removed — the full cookie, so that
// it can be restored.
export function condemned(cookies, verdicts) {
  return cookies
    .map((cookie, index) => ({ cookie, verdict: verdicts[index], index }))
    .filter(({ verdict }) => verdict?.action === 'delete');
}

export function deletionRecord({ cookie, verdict }) {
  return { cookie, site: verdict.site, category: verdict.category, reason: verdict.reason };
}
