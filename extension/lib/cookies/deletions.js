// From the host's verdicts to removals: which cookies a `decide` reply condemns (action
// "delete"; a cookie the host could not judge is never removed), and the record_deletions
// entry reported for each one removed — the full cookie, so that it can be restored.
export function condemned(cookies, verdicts) {
  return cookies
    .map((cookie, i) => ({ cookie, verdict: verdicts[i] }))
    .filter(({ verdict }) => verdict?.action === 'delete');
}

export function deletionRecord({ cookie, verdict }) {
  return { cookie, site: verdict.site, category: verdict.category, reason: verdict.reason };
}
