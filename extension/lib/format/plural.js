// "1 cookie", "3 cookies": a count with its noun; irregular plurals are given ("third parties").
export function plural(count, noun, pluralNoun = `${noun}s`) {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
