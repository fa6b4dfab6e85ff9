// Whether a cookie a source files as "functional" is in fact strictly necessary: sessions, CSRF
// tokens, sign-in, load balancing, carts, consent, bot and fraud protection. The Open Cookie
// Database puts all of these under "Functional"; tarteaucitron lists them among a service's
// cookies whatever they do. Decided from the name first, then from the description.

const NECESSARY_NAME = new RegExp(
  [
    'sess(ion)?(_?id)?$', '^sess', 'session', '^sid$', 'sessid',
    'csrf', 'xsrf', 'requestverificationtoken', 'antiforgery',
    'auth', 'login', 'logged_?in', 'signin', 'sso', 'saml', 'oauth',
    '^awsalb', '^awselb', '^aws-', '(^|[_-])lb([_-]|$)', 'loadbalanc', '^bigip', '^ts[0-9a-f]{6,}',
    'arraffinity', '^__cflb', '^__cf_bm', '^cf_clearance', '^__cfruid', '^incap_', '^nlbi_',
    '^visid_incap', 'route', 'sticky', 'backendid', 'serverid',
    'cart', 'basket', 'checkout',
    'consent', 'cookielaw', 'gdpr', 'cookie_?notice', 'cookie_?accept', 'cookies_?accepted',
    'captcha', 'fraud', '(^|[_-])bot([_-]|$)', 'bm_sz', '^ak_bmsc', '^_abck',
  ].join('|'),
  'i',
);

const NECESSARY_DESCRIPTION = new RegExp(
  [
    '\\bsession\\b', 'load[- ]?balanc', '\\bcsrf\\b', 'cross[- ]site request forgery', 'security',
    'authenticat', 'logged[- ]in', '\\blog(s|ging)? ?in\\b', '\\bsign(s|ing)?[- ]?in\\b',
    'shopping (cart|basket)', '\\bcart\\b', '\\bbasket\\b', 'checkout', '\\bconsent\\b', 'fraud',
    '\\bbots?\\b', 'captcha', 'strictly necessary', 'technically necessary', 'essential for',
    'necessary for the (web)?site', 'required for the (web)?site',
  ].join('|'),
  'i',
);

// Cookie names that say what they are for without any context.
export function nameLooksNecessary(name) {
  return NECESSARY_NAME.test(name);
}

export function looksStrictlyNecessary(name, description = '') {
  return nameLooksNecessary(name) || NECESSARY_DESCRIPTION.test(description);
}
