// Whether a cookie name is too common to be pinned on one vendor everywhere: "session", "lang",
// "user_id" or "uid" are set by countless sites for their own ends. Imported rules with such names
// apply only on the domains the source names, and are left out when it names none.

const COMMON_WORDS = new Set(
  `a ab accepted account active auth banner c cart check client closed consent cookie cookies count
   country currency customer dark data debug device dismissed exp first flag flags geo group guest
   hash hide hist history i id ids info ip is key lang language last lb locale location login mode
   new node notice page pages pref prefs preferences ref referer referrer region remember returning
   route s seen segment server sess session settings show sid site source state status t test theme
   time timezone token track tracking ts tz u uid user users uuid guid v variant version view views
   visit visited visitor visitors web x`.split(/\s+/),
);

// The words of a name: split on separators, digits and lower-to-upper case changes.
function wordsOf(name) {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

export function isGenericName(name) {
  const words = wordsOf(name);
  const letters = name.replace(/[^A-Za-z0-9]/g, '').length;
  // "_ga", "_fbp": a leading underscore and three letters are a script's own name; "IDE", "rsid"
  // or "SNID" are too short to be one vendor's everywhere.
  if (letters < (name.startsWith('_') ? 3 : 5)) return true;
  return words.length === 0 || words.every((word) => COMMON_WORDS.has(word));
}
