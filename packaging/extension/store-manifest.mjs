// The extension's one manifest (extension/manifest.json) serves both browsers and Debian's
// packaged copy; each store wants its own cut of it:
// - Firefox (AMO, .xpi): an event page only; `background.service_worker` is ignored there and
//   flagged by the linter. `key` is Chromium's and means nothing to Firefox.
// - Chrome Web Store (.zip): the store refuses a `key` (it keeps the signing key itself, and the
//   store-assigned ID then differs from the unpacked one, see README); `browser_specific_settings`
//   and `background.scripts` are Firefox's.
export const TARGETS = ['firefox', 'chrome'];

export function storeManifest(target, manifest) {
  // eslint-disable-next-line no-unused-vars -- `key` is taken out so that `rest` lacks it
  const { key, browser_specific_settings: gecko, background, ...rest } = structuredClone(manifest);
  const { service_worker: worker, scripts, ...backgroundRest } = background;
  if (target === 'firefox') {
    return { ...rest, background: { ...backgroundRest, scripts }, browser_specific_settings: gecko };
  }
  if (target === 'chrome') {
    return { ...rest, background: { ...backgroundRest, service_worker: worker } };
  }
  throw new RangeError(`unknown store target "${target}" (expected ${TARGETS.join(' or ')})`);
}
