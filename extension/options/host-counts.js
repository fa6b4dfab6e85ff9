// The host's counts in words, each with its own singular and plural ("1 kept cookie",
// "2 sites with their own choice"); a count the host adds later is named after its key.
import { plural } from '../lib/format/plural.js';

const COUNT_WORDS = {
  rules: ['cookie rule', 'cookie rules'],
  vendors: ['vendor', 'vendors'],
  site_overrides: ['site with its own choice', 'sites with their own choice'],
  keep_list: ['kept cookie', 'kept cookies'],
  deletions: ['logged deletion', 'logged deletions'],
};

export function describeCounts(counts) {
  return Object.entries(counts)
    .map(([name, n]) => plural(n, ...(COUNT_WORDS[name] ?? [name.replace(/_/g, ' ')])))
    .join(', ');
}
