// How each consent platform's categories map to our four. Platforms with fixed ids or slugs map
// by those; sites that number or name their own groups map by the group's name, in the page's
// language (the common European languages below). Anything unmapped declares nothing.

export const COOKIEBOT_TABLES = Object.freeze({
  cookieTableNecessary: { category: 'necessary', label: 'necessary' },
  cookieTablePreference: { category: 'functional', label: 'preferences' },
  cookieTableStatistics: { category: 'performance', label: 'statistics' },
  cookieTableAdvertising: { category: 'targeting', label: 'marketing' },
  // cookieTableUnclassified: the site has not said what those are for.
});

// OneTrust's standard group ids; social media counts as targeting.
export const ONETRUST_GROUP_IDS = Object.freeze({
  C0001: 'necessary',
  C0002: 'performance',
  C0003: 'functional',
  C0004: 'targeting',
  C0005: 'targeting',
});

export const COOKIEYES_SLUGS = Object.freeze({
  necessary: 'necessary',
  functional: 'functional',
  analytics: 'performance',
  performance: 'performance',
  advertisement: 'targeting',
});

export const USERCENTRICS_SLUGS = Object.freeze({
  essential: 'necessary',
  functional: 'functional',
  marketing: 'targeting',
});

// Words of group names, tried in this order: "Strictly necessary" before anything else, social
// media and advertising before "performance" ("Advertising performance" is advertising).
const NAME_WORDS = [
  ['necessary', /necessary|essential|required|notwendig|erforderlich|essenziell|nécessaire|indispensable|essentiel|necesari|imprescindible|esencial|necessari|essenzial|tecnic|noodzakelijk|essentieel|necessári|estritamente/],
  ['targeting', /target|advertis|marketing|social|werbung|sozial|publicit|publicid|ciblage|réseaux|orientaci|dirigid|redes|pubblicit|profilazion|reclame|advertentie|sociale media|publicidade/],
  ['performance', /performance|analytic|statistic|measure|statisti|leistung|analyse|mesure|rendimiento|analític|estadístic|prestazion|analitic|prestatie|analytisch|desempenho|estatístic/],
  ['functional', /function|preference|personali[sz]ation|funktion|präferenz|einstellung|fonction|préférence|funcional|preferencia|funzional|preferenz|functioneel|voorkeur|funcionais|preferência/],
];

// Our category for a group or slug name in any of those languages, or undefined.
export function categoryOfName(name) {
  if (typeof name !== 'string') return undefined;
  const lower = name.toLowerCase();
  return NAME_WORDS.find(([, words]) => words.test(lower))?.[0];
}
