// Reading the cookies.onChanged events a BrowserSession recorded: when a cookie was stored and
// when the extension removed it.

const sameCookie = (event, name, host) => event.name === name && event.domain.replace(/^\./, '') === host;

// Date.now() of the first time the cookie was stored, or undefined.
export function storedAt(events, name, host) {
  return events.find((e) => !e.removed && sameCookie(e, name, host))?.at;
}

// Date.now() of the first explicit removal (the extension's) after the cookie was stored, or undefined.
export function removedAt(events, name, host) {
  const stored = storedAt(events, name, host);
  if (stored === undefined) return undefined;
  return events.find((e) => e.removed && e.cause === 'explicit' && e.at >= stored && sameCookie(e, name, host))?.at;
}
