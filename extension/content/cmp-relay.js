// Runs in the extension's isolated world, in the top frame: passes what cmp-page.js found to the
// background. The event may come from the page itself, so only a string is taken, of bounded
// size and count, parsed as JSON and sent on as data; the background reads and checks it.
(() => {
  const EVENT = 'consentry:cmp-declaration';
  const MAX_CHARS = 4 * 1024 * 1024;
  const MAX_MESSAGES = 8;  // one per platform, and a few spare
  const runtime = (globalThis.browser ?? globalThis.chrome).runtime;
  let sent = 0;

  document.addEventListener(EVENT, (event) => {
    const text = event.detail;
    if (typeof text !== 'string' || text.length > MAX_CHARS || sent >= MAX_MESSAGES) return;
    let found;
    try {
      found = JSON.parse(text);
    } catch {
      return;
    }
    if (found === null || typeof found !== 'object' || typeof found.cmp !== 'string') return;
    sent += 1;
    runtime.sendMessage({ type: 'cmp-declaration', cmp: found.cmp, data: found.data }).catch(() => {});
  });
})();
