// "1 cookie", "3 cookies": a count with its noun (regular English plurals only).
export function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
