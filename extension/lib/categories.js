// The four cookie categories the host classifies into, in display order, with the words the UI
// shows for them. Necessary cookies are always allowed; the others can be switched.
export const CATEGORIES = Object.freeze(['necessary', 'functional', 'performance', 'targeting']);

export const SWITCHABLE_CATEGORIES = Object.freeze(CATEGORIES.filter((c) => c !== 'necessary'));

export const CATEGORY_LABELS = Object.freeze({
  necessary: 'Necessary',
  functional: 'Functional',
  performance: 'Performance',
  targeting: 'Targeting',
});

export const CATEGORY_HINTS = Object.freeze({
  necessary: 'Logins, security, shopping carts. Always kept.',
  functional: 'Remembered choices: language, theme, chat widgets.',
  performance: 'Analytics: counting and measuring visits.',
  targeting: 'Advertising and tracking across sites.',
});

export function isCategory(value) {
  return CATEGORIES.includes(value);
}
