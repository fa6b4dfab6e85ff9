// Where the pieces under test live: the repository, the unpacked extension and the built host.
// CONSENTRY_HOST and CONSENTRY_EXTENSION_DIR override the host binary and the extension (e.g. an
// installed host); the defaults are CMake's output and extension/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXTENSION_DIR = process.env.CONSENTRY_EXTENSION_DIR ?? path.join(REPO_ROOT, 'extension');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests/e2e/artifacts');

export const CHROMIUM_PATH = process.env.CONSENTRY_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.CONSENTRY_FIREFOX ?? '/usr/bin/firefox-esr';

export function hostBinary() {
  const binary = process.env.CONSENTRY_HOST ?? path.join(REPO_ROOT, 'build/host/consentry-host');
  if (!fs.existsSync(binary)) {
    throw new Error(`consentry-host not found at ${binary}: build it first ` +
      '(cmake -S . -B build && cmake --build build -j2 --target consentry-host) or set CONSENTRY_HOST');
  }
  return binary;
}
