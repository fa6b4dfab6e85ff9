// The cookies a site's choices govern: those set while the user was on the site (first- or
// third-party), and, where the page that set a cookie is unknown, the site's own cookies and
// those partitioned under it. `site` is a registrable domain as the host computes it;
// `pages.pageOf(cookie)` is the page a cookie was set on (page-context.js), `siteOf.many` the
// sites of page URLs (site-of.js).
import { belongsToSite } from '../lib/cookies/site-membership.js';

export async function cookiesGovernedBy(cookies, site, { pages, siteOf }) {
  const pageOf = cookies.map((cookie) => pages.pageOf(cookie));
  const urls = [...new Set(pageOf.filter(Boolean).map((page) => page.url))];
  const sites = await siteOf.many(urls);
  const siteOfUrl = new Map(urls.map((url, i) => [url, sites[i]]));
  return cookies.filter((cookie, i) => (pageOf[i] ? siteOfUrl.get(pageOf[i].url) === site : belongsToSite(cookie, site)));
}
