// What to tell a user whose host is missing: how to build it and the exact command that
// registers it with this browser. The browser is known from the extension's own URL scheme.
export const HOST_NAME = 'org.consentry.host';
export const BUILD_COMMAND = 'cmake -S . -B build && cmake --build build';
export const HOST_BINARY = 'build/host/consentry-host'; // where the build puts it

export function browserOf(extensionUrl) {
  return extensionUrl.startsWith('moz-extension:') ? 'firefox' : 'chromium';
}

export function installCommand(browser) {
  return `${HOST_BINARY} install --browser ${browser}`;
}
