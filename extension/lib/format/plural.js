// "1 cookie", "3 cookies", "1,200 deletions": a count (grouped by thousands) with its noun.
// Regular English plurals by default; a phrase whose plural is not just "+s" ("site with its own
// choice" / "sites with their own choice") passes its plural form.
const NUMBER = new Intl.NumberFormat('en');

export function plural(count, noun, pluralNoun = `${noun}s`) {
  return `${NUMBER.format(count)} ${count === 1 ? noun : pluralNoun}`;
}
