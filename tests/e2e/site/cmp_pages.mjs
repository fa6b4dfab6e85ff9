// Pages of the local test site with a consent banner's cookie declaration (/cmp?kind=cookiebot or
// onetrust): the page's cookies come with the page (Set-Cookie), and its banner's object appears
// a moment later, as real platforms fill theirs after the page's first cookies. The objects have
// the platforms' shapes (see tests/extension/cmp/fixtures/).
const YEAR = 365 * 24 * 3600;

// `declared`: the category the banner gives the cookie; `action`: what Consentry must do under the
// default choices; `contradicts`: a vendor documents it otherwise.
export const DECLARED_COOKIES = [
  { name: 'shop_q1', declared: 'performance', action: 'delete' },
  { name: 'shop_q2', declared: 'targeting', action: 'delete' },
  { name: 'shop_q3', declared: 'necessary', action: 'keep' },
  { name: '_ga', declared: 'necessary', action: 'delete', contradicts: true },
];

export const CMP_KINDS = ['cookiebot', 'onetrust'];
export const PLATFORM_NAMES = { cookiebot: 'Cookiebot', onetrust: 'OneTrust' };

const COOKIEBOT_TABLES = {
  necessary: 'cookieTableNecessary', functional: 'cookieTablePreference',
  performance: 'cookieTableStatistics', targeting: 'cookieTableAdvertising',
};
const ONETRUST_GROUPS = [
  ['C0001', 'necessary', 'Strictly Necessary Cookies'], ['C0002', 'performance', 'Performance Cookies'],
  ['C0003', 'functional', 'Functional Cookies'], ['C0004', 'targeting', 'Targeting Cookies'],
];

function cookiebot(host) {
  const tables = Object.fromEntries(Object.values(COOKIEBOT_TABLES).map((table) => [table, []]));
  for (const c of DECLARED_COOKIES) {
    tables[COOKIEBOT_TABLES[c.declared]].push([c.name, host, `what ${c.name} is for`, '1 year', 'HTTP', '1']);
  }
  return `window.Cookiebot = { consent: { necessary: true, preferences: false, statistics: false, marketing: false },
    hasResponse: false, dialog: ${JSON.stringify(tables)} };`;
}

function onetrust(host) {
  const groups = ONETRUST_GROUPS.map(([id, category, name]) => ({
    OptanonGroupId: id, CustomGroupId: id, GroupName: name, Parent: '', Hosts: [],
    FirstPartyCookies: DECLARED_COOKIES.filter((c) => c.declared === category)
      .map((c) => ({ Name: c.name, Host: host, IsSession: false, Length: '365' })),
  }));
  return `window.OneTrust = { GetDomainData() { return ${JSON.stringify({ Groups: groups })}; } };`;
}

const BANNERS = { cookiebot, onetrust };

export function cmpSetCookies() {
  return DECLARED_COOKIES.map((c) => `${c.name}=1; Path=/; Max-Age=${YEAR}`);
}

// The page's body: a script that puts the banner's object in place after a short while.
export function cmpPageBody(kind, host) {
  return `<h1>Consentry test shop (${kind})</h1><script>setTimeout(() => { ${BANNERS[kind](host)} }, 300);</script>`;
}
