// The local test site: one node HTTP server on 127.0.0.1 answering for two host names, so the
// browser sees two sites. `127.0.0.1` is the first party (the page the user visits); `localhost`
// is the third party, framed by it. Both are their own sites for the Public Suffix List and for
// the browsers, and both are loopback, so nothing leaves the machine.
//
// Routes:
//   /?round=R       the page: COOKIE_MIX's first-party cookies (Set-Cookie and document.cookie)
//                   and an iframe of /frame on the third-party host; values get "-R" appended,
//                   so a test can tell a new round of cookies from the old one
//   /frame?round=R  the third-party cookies of COOKIE_MIX
//   /one?name=N&maxAge=S   a 204 that sets one persistent cookie; the time it was sent is kept
//                   in `sentAt` (for the Set-Cookie to removal measurement)
//   /burst?prefix=P&n=N    a page that fetches /one for N names, one after another
//   /news           a page that sets nothing itself and frames /ad on the third-party host
//   /ad?round=R     AD_COOKIES: an ad server's cookies, by Set-Cookie and then by document.cookie;
//                   framed by /news, or visited as a page of its own
//   /cmp?kind=K     a page with a consent banner's cookie declaration (cmp_pages.mjs)
import http from 'node:http';

import { CMP_KINDS, cmpPageBody, cmpSetCookies } from './cmp_pages.mjs';
import { COOKIE_MIX, cookieString } from './cookie_mix.mjs';

export const FIRST_PARTY_HOST = '127.0.0.1';
export const THIRD_PARTY_HOST = 'localhost';

// What the ad server (/ad) sets; each `last` cookie comes after the others of its kind, so once
// it is judged, they were. The performance cookies are refused under the defaults everywhere.
export const AD_COOKIES = [
  { name: '_uetvid', value: '7f6c4d20a9a111ef9b1e5b2a6f4c3d21', party: 'third', via: 'header', maxAge: 365 * 86400, category: 'targeting' },
  { name: '_ga_ADHEADER', value: 'GS1.1.1732370000', party: 'third', via: 'header', maxAge: 86400, category: 'performance', last: true },
  { name: 'MUID', value: '1A2B3C4D5E6F7A8B', party: 'third', via: 'script', maxAge: 365 * 86400, category: 'targeting' },
  { name: '_ga_ADSCRIPT', value: 'GS1.1.1732370001', party: 'third', via: 'script', maxAge: 86400, category: 'performance', last: true },
];

const mixFor = (party, via) => COOKIE_MIX.filter((c) => c.party === party && c.via === via);
const roundValue = (cookie, round) => (round ? `${cookie.value}-${round}` : cookie.value);

function html(res, title, body) {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body>${body}</body></html>`);
}

// A script that sets the given cookies with document.cookie.
function scriptSetting(cookies, round) {
  const lines = cookies.map((c) => `document.cookie = ${JSON.stringify(cookieString(c, roundValue(c, round)))};`);
  return `<script>${lines.join('\n')}</script>`;
}

export class TestSite {
  #server = http.createServer((req, res) => this.#route(req, res));
  // cookie name -> Date.now() when the response setting it was written
  sentAt = new Map();

  async start() {
    await new Promise((resolve) => this.#server.listen(0, FIRST_PARTY_HOST, resolve));
    return this;
  }

  get port() { return this.#server.address().port; }

  // URL of a path on the first-party host (or on the third-party one).
  url(path = '/', host = FIRST_PARTY_HOST) { return `http://${host}:${this.port}${path}`; }

  // The host name of each party ('first' or 'third'); each is also its own site.
  hostOf(party) { return party === 'third' ? THIRD_PARTY_HOST : FIRST_PARTY_HOST; }

  async stop() {
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  #route(req, res) {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const round = url.searchParams.get('round') ?? '';
    switch (url.pathname) {
      case '/': return this.#page(res, round);
      case '/frame': return this.#frame(res, round);
      case '/one': return this.#one(res, url.searchParams.get('name'), Number(url.searchParams.get('maxAge') ?? 86400));
      case '/news': return html(res, 'news', '<h1>News</h1>' +
        `<iframe id="ad" title="ad" src="${this.url('/ad', THIRD_PARTY_HOST)}" width="300" height="80"></iframe>`);
      case '/ad': return this.#ad(res, round);
      case '/burst': return this.#burst(res, url.searchParams.get('prefix'), Number(url.searchParams.get('n')));
      case '/cmp': if (CMP_KINDS.includes(url.searchParams.get('kind'))) return this.#cmp(res, url.searchParams.get('kind'));
      // fall through: an unknown kind is not found
      default:
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
    }
  }

  #setCookies(res, cookies, round) {
    res.setHeader('Set-Cookie', cookies.map((c) => cookieString(c, roundValue(c, round))));
    const now = Date.now();
    for (const c of cookies) this.sentAt.set(c.name, now);
  }

  #page(res, round) {
    this.#setCookies(res, mixFor('first', 'header'), round);
    const frame = this.url(`/frame?round=${encodeURIComponent(round)}`, THIRD_PARTY_HOST);
    html(res, 'Consentry test shop',
      '<h1>Consentry test shop</h1><p>A page that sets cookies of every category.</p>' +
      scriptSetting(mixFor('first', 'script'), round) +
      `<iframe id="ads" title="third-party ads" src="${frame}" width="300" height="80"></iframe>`);
  }

  #frame(res, round) {
    this.#setCookies(res, mixFor('third', 'header'), round);
    html(res, 'ads', '<p>third-party frame</p>' + scriptSetting(mixFor('third', 'script'), round));
  }

  #ad(res, round) {
    this.#setCookies(res, AD_COOKIES.filter((c) => c.via === 'header'), round);
    html(res, 'ad', '<p>an ad</p>' + scriptSetting(AD_COOKIES.filter((c) => c.via === 'script'), round));
  }

  #one(res, name, maxAge) {
    if (!name) { res.writeHead(400); res.end('name missing'); return; }
    this.#setCookies(res, [{ name, value: `v${Date.now()}`, party: 'first', maxAge }], '');
    res.writeHead(204, { 'Cache-Control': 'no-store' });
    res.end();
  }

  #cmp(res, kind) {
    res.setHeader('Set-Cookie', cmpSetCookies());
    html(res, `${kind} banner`, cmpPageBody(kind, FIRST_PARTY_HOST));
  }

  #burst(res, prefix, n) {
    html(res, 'burst', `<script>
      (async () => {
        for (let i = 0; i < ${n}; i++) await fetch('/one?name=' + encodeURIComponent(${JSON.stringify(prefix)} + i));
        document.title = 'burst done';
      })();</script>`);
  }
}
