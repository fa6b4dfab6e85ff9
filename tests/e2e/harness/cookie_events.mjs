// Reading the cookies.onChanged events a BrowserSession recorded: when a cookie was stored and
// when the extension removed it.

const sameCookie = (event, name, host) => event.name === name && event.domain.replace(/^\./, '') === host;

// Date.now() of the first time the cookie was stored, or undefined.
export function storedAt(events, name, host) {
  return events.find((e) => !e.removed && sameCookie(e, name, host))?.at;
}

// A removal by an extension (the test site never removes its cookies): "explicit" for
// cookies.remove, "expired_overwrite" where Chromium's cookie was set expired (Consentry's way
// there). Not a cookie that expired or was evicted.
export const isRemoval = (event) => event.removed && (event.cause === 'explicit' || event.cause === 'expired_overwrite');

// Date.now() of the first removal (the extension's) after the cookie was stored, or undefined.
export function removedAt(events, name, host) {
  const stored = storedAt(events, name, host);
  if (stored === undefined) return undefined;
  return events.find((e) => isRemoval(e) && e.at >= stored && sameCookie(e, name, host))?.at;
}
