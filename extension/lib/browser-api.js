// The WebExtension API of the running browser: Firefox's `browser`, else Chromium's `chrome`.
// Both return promises from the MV3 APIs this extension uses.
export const api = globalThis.browser ?? globalThis.chrome;
