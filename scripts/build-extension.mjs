#!/usr/bin/env node
// Builds the store packages from extension/ with Mozilla's web-ext: dist/consentry-VERSION.xpi
// for Firefox (addons.mozilla.org signs it) and dist/consentry-VERSION-chrome.zip for the Chrome
// Web Store. Each is linted first; `--lint-only` stops there (the test suite's fast check).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { TARGETS, storeManifest } from '../packaging/extension/store-manifest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'extension');
const stage = path.join(root, 'build', 'extension');
const dist = path.join(root, 'dist');
const webExt = path.join(root, 'node_modules', '.bin', 'web-ext');
const lintOnly = process.argv.includes('--lint-only');

function run(...args) {
  execFileSync(webExt, args, { stdio: 'inherit' });
}

const manifest = JSON.parse(readFileSync(path.join(source, 'manifest.json'), 'utf8'));
for (const target of TARGETS) {
  const dir = path.join(stage, target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(source, dir, { recursive: true });
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(storeManifest(target, manifest), null, 2)}\n`);
  // addons-linter knows Firefox's rules; the Chrome cut is only packed.
  if (target === 'firefox') run('lint', '--source-dir', dir, '--warnings-as-errors', '--output', 'text');
  if (lintOnly) continue;
  const filename = target === 'firefox' ? `consentry-${manifest.version}.xpi` : `consentry-${manifest.version}-chrome.zip`;
  run('build', '--source-dir', dir, '--artifacts-dir', dist, '--filename', filename, '--overwrite-dest');
}
