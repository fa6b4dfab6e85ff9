// What a response's Set-Cookie headers store: for each header, the cookie's name and the host it
// lands on (its Domain attribute without the leading dot, else the responding host), lower-case.
// Only what is needed to recognise the cookie when cookies.onChanged reports it; a header the
// browser would reject (no name) is skipped. Chromium hands each header separately; Firefox may
// join several with newlines.
function cookieOf(line, responseHost) {
  const [pair, ...attributes] = line.split(';');
  const equals = pair.indexOf('=');
  const name = (equals === -1 ? '' : pair.slice(0, equals)).trim();
  if (name === '') return null;
  let host = responseHost;
  for (const attribute of attributes) {
    const [key, value = ''] = attribute.split('=');
    if (key.trim().toLowerCase() === 'domain' && value.trim() !== '') {
      host = value.trim().replace(/^\./, '');
    }
  }
  return { name, host: host.toLowerCase() };
}

export function setCookiesOf(responseHeaders, responseHost) {
  const found = [];
  for (const header of responseHeaders ?? []) {
    if (header.name?.toLowerCase() !== 'set-cookie' || typeof header.value !== 'string') continue;
    for (const line of header.value.split('\n')) {
      const cookie = cookieOf(line, responseHost);
      if (cookie) found.push(cookie);
    }
  }
  return found;
}
