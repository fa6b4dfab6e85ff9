// Receives the cookie declarations the content scripts found in a page's consent banner
// (content/cmp-page.js, cmp-relay.js) and hands them to the host (`declare`). Only this
// extension's content scripts in a tab's top frame on a web page are heard, and the site is
// always the sender's own page, never anything the page said. What the page handed over is read
// and checked by lib/cmp/declaration.js; when the host's stored declaration changed, the site's
// cookies are judged again at once, the verdicts remembered before it forgotten.
import { declarationFrom } from '../lib/cmp/declaration.js';

export function watchDeclarations({ api, host, sweeper, verdicts }) {
  const { runtime } = api;
  runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== runtime.id || sender.frameId !== 0 || !sender.tab || !/^https?:\/\//.test(sender.url ?? '')) {
      return false;
    }
    if (message?.type !== 'cmp-declaration') return false;
    const declaration = declarationFrom(message);
    if (declaration) declare({ host, sweeper, verdicts }, sender.url, declaration);
    return false;  // no answer for the page
  });
}

async function declare({ host, sweeper, verdicts }, pageUrl, declaration) {
  try {
    const reply = await host.request('declare', { site: pageUrl, ...declaration });
    if (!reply.changed) return;
    verdicts.clear();
    await sweeper.sweepSite(reply.site);
  } catch (error) {
    console.error('Consentry: the host did not take the site\'s declaration:', error.message);
  }
}
