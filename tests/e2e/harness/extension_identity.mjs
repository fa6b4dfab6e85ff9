// The extension's identities, read from its manifest so they cannot drift from it: the Chromium ID
// derives from the manifest's public `key` (SHA-256 of the DER bytes, first 32 hex digits mapped
// 0-f -> a-p); the Firefox add-on ID is browser_specific_settings.gecko.id.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { EXTENSION_DIR } from './paths.mjs';

export function extensionManifest() {
  return JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
}

export function chromiumExtensionId(manifest = extensionManifest()) {
  if (!manifest.key) throw new Error('extension/manifest.json has no "key": the Chromium ID would change per install');
  const digest = crypto.createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex');
  return [...digest.slice(0, 32)].map((hex) => String.fromCharCode(97 + parseInt(hex, 16))).join('');
}

export function geckoId(manifest = extensionManifest()) {
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('extension/manifest.json has no browser_specific_settings.gecko.id');
  return id;
}

// Extension pages the tests open, relative to the extension root.
export function popupPath(manifest = extensionManifest()) { return manifest.action.default_popup; }
export function optionsPath(manifest = extensionManifest()) {
  return manifest.options_ui?.page ?? manifest.options_page;
}
