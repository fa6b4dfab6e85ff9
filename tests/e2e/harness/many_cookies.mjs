// Fills the browser's default cookie store with `count` cookies through the extension's cookies
// API (as if sites had set them): `nameOf(i)` names each, spread over `sites` host names that
// all resolve nowhere (cookies.set needs no server). Used to check the pages at scale.

// Firefox preferences (launchBrowser's firefoxPrefs) that lift its cookie limits (180 per
// site, 3,000 in all by default), so it holds 10,000 cookies, or hundreds on one site. Chromium's
// limits (180 per site, 3,300 in all) are fixed.
export const FIREFOX_COOKIE_LIMITS = Object.freeze({ 'network.cookie.maxNumber': 50_000, 'network.cookie.maxPerHost': 50_000 });

export async function setManyCookies(session, { count, sites = 50, nameOf = (i) => `pref_${i}`, persistent = true }) {
  return session.inExtension(async ({ count, sites, names, persistent }) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const expirationDate = Math.floor(Date.now() / 1000) + 30 * 86400;
    const BATCH = 200;
    for (let start = 0; start < count; start += BATCH) {
      const sets = [];
      for (let i = start; i < Math.min(count, start + BATCH); i += 1) {
        const host = `site${i % sites}.example`;
        sets.push(api.cookies.set({ url: `https://${host}/`, name: names[i], value: `v${i}`, secure: true, ...(persistent ? { expirationDate } : {}) }));
      }
      await Promise.all(sets);
    }
  }, { count, sites, names: Array.from({ length: count }, (_, i) => nameOf(i)), persistent });
}
