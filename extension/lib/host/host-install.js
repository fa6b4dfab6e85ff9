// What to tell a user whose host is missing: where the package is, how to build the host instead,
// and the exact command that registers it with the browser the extension runs in.
export const HOST_NAME = 'org.consentry.host';
export const PACKAGE_URL = 'https://consentry.org/#install';
export const PACKAGE_COMMAND = 'sudo apt-get install ./consentry_*.deb';
export const BUILD_COMMAND = 'cmake -S . -B build -DCONSENTRY_TESTS=OFF -DCONSENTRY_BENCH=OFF && cmake --build build --target consentry-host';
export const HOST_BINARY = 'build/host/consentry-host'; // where the build puts it

// The browsers `consentry-host install --browser` knows by name. Naming the browser is right even
// where the host would not find it by itself (a browser installed off PATH); for a browser not
// recognised, `install` alone registers each browser the host finds.
const HOST_BROWSERS = new Set(['chrome', 'chromium', 'edge', 'brave', 'vivaldi', 'opera', 'firefox']);

// The browser the extension runs in, from its URL scheme, the User-Agent Client Hints brands
// (navigator.userAgentData.brands), the user agent string and Brave's navigator.brave:
// 'chrome', 'chromium', 'edge', 'brave', 'vivaldi', 'opera', 'firefox', or null.
export function browserOf({ extensionUrl = '', brands = [], userAgent = '', brave = false } = {}) {
  if (extensionUrl.startsWith('moz-extension:') || /\bFirefox\//.test(userAgent)) return 'firefox';
  const names = new Set(brands.map((entry) => entry?.brand));
  if (names.has('Microsoft Edge') || /\bEdg\//.test(userAgent)) return 'edge';
  if (names.has('Opera') || /\bOPR\//.test(userAgent)) return 'opera';
  if (names.has('Brave') || brave) return 'brave';
  if (names.has('Vivaldi') || /\bVivaldi\//.test(userAgent)) return 'vivaldi';
  if (names.has('Google Chrome')) return 'chrome';
  if (names.has('Chromium') || /\b(Headless)?Chrom(e|ium)\//.test(userAgent)) return 'chromium';
  return null;
}

// The same, read from the running page or worker.
export function currentBrowser(extensionUrl, nav = globalThis.navigator) {
  return browserOf({
    extensionUrl,
    brands: nav?.userAgentData?.brands ?? [],
    userAgent: nav?.userAgent ?? '',
    brave: typeof nav?.brave === 'object' && nav.brave !== null,
  });
}

export function installCommand(browser, binary = 'consentry-host') {
  return HOST_BROWSERS.has(browser) ? `${binary} install --browser ${browser}` : `${binary} install`;
}
