// Saved CMP objects in the shapes the platforms' page scripts hold them (fixtures/*.json); the
// real-browser tests put the same objects on their pages.
import { readFileSync } from 'node:fs';

export function fixture(name) {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
}

// {name -> category} of a reader's entries, patterns marked with a leading '~'.
export function byName(entries) {
  return Object.fromEntries(entries.map((e) => [`${e.pattern ? '~' : ''}${e.name}`, e.category]));
}
