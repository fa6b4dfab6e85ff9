// What the Debian package holds, read from the .deb itself (CONSENTRY_DEB): the binary, a system
// manifest for every browser naming the installed binary and the extension's fixed IDs (derived
// from extension/manifest.json, so they cannot drift), the extension where Debian's chromium and
// firefox-esr look for it, conffiles for /etc, and runtime dependencies only.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { chromiumExtensionId, extensionManifest, geckoId } from '../e2e/harness/extension_identity.mjs';

const deb = process.env.CONSENTRY_DEB;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'consentry-deb-'));
test.before(() => {
  assert.ok(deb && fs.existsSync(deb), 'CONSENTRY_DEB names the built package');
  execFileSync('dpkg-deb', ['-x', deb, root]);
});
test.after(() => fs.rmSync(root, { recursive: true, force: true }));

const inPackage = (file) => path.join(root, file);
const readJson = (file) => JSON.parse(fs.readFileSync(inPackage(file), 'utf8'));
const field = (name) => execFileSync('dpkg-deb', ['-f', deb, name], { encoding: 'utf8' }).trim();

const CHROMIUM_FAMILY = ['/etc/chromium', '/etc/opt/chrome', '/etc/opt/edge']
  .map((dir) => `${dir}/native-messaging-hosts/org.consentry.host.json`);
const FIREFOX = '/usr/lib/mozilla/native-messaging-hosts/org.consentry.host.json';

test('the binary is /usr/bin/consentry-host, executable and stripped of debug info', () => {
  const stat = fs.statSync(inPackage('/usr/bin/consentry-host'));
  assert.equal(stat.mode & 0o777, 0o755);
  const sections = execFileSync('readelf', ['-S', inPackage('/usr/bin/consentry-host')], { encoding: 'utf8' });
  assert.doesNotMatch(sections, /\.debug_info/);
});

test('every Chromium-family browser gets a manifest allowing the extension\'s fixed ID', () => {
  for (const file of CHROMIUM_FAMILY) {
    const manifest = readJson(file);
    assert.equal(manifest.name, 'org.consentry.host', file);
    assert.equal(manifest.path, '/usr/bin/consentry-host', file);
    assert.equal(manifest.type, 'stdio', file);
    assert.deepEqual(manifest.allowed_origins, [`chrome-extension://${chromiumExtensionId()}/`], file);
    assert.equal(fs.statSync(inPackage(file)).mode & 0o777, 0o644, file);
  }
});

test('Firefox gets a manifest allowing the add-on\'s gecko id', () => {
  const manifest = readJson(FIREFOX);
  assert.equal(manifest.path, '/usr/bin/consentry-host');
  assert.deepEqual(manifest.allowed_extensions, [geckoId()]);
});

test('the manifests in /etc are conffiles', () => {
  const control = fs.mkdtempSync(path.join(os.tmpdir(), 'consentry-control-'));
  try {
    execFileSync('dpkg-deb', ['-e', deb, control]);
    const conffiles = fs.readFileSync(path.join(control, 'conffiles'), 'utf8').trim().split('\n').sort();
    assert.deepEqual(conffiles, [...CHROMIUM_FAMILY].sort());
  } finally {
    fs.rmSync(control, { recursive: true, force: true });
  }
});

test('the extension is shipped once and linked where Debian\'s browsers load system extensions', () => {
  assert.deepEqual(readJson('/usr/share/webext/consentry/manifest.json'), extensionManifest());
  const links = {
    '/usr/share/chromium/extensions/consentry': '/usr/share/webext/consentry',
    [`/usr/share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}/${geckoId()}`]: '/usr/share/webext/consentry',
  };
  for (const [link, target] of Object.entries(links)) {
    assert.ok(fs.lstatSync(inPackage(link)).isSymbolicLink(), `${link} is a link`);
    assert.equal(path.resolve(path.dirname(link), fs.readlinkSync(inPackage(link))), target, link);
  }
});

test('it depends on runtime libraries only', () => {
  const depends = field('Depends');
  for (const library of ['libpsl5', 'libre2-9', 'libsimdjson', 'libspdlog', 'libboost-filesystem']) {
    assert.match(depends, new RegExp(library), `Depends names ${library}`);
  }
  assert.doesNotMatch(depends, /-dev\b|gtest|gmock|benchmark/);
  assert.equal(field('Package'), 'consentry');
  assert.equal(field('Version'), extensionManifest().version);
});

test('docs, license and man page are where Debian wants them', () => {
  for (const file of ['/usr/share/doc/consentry/copyright', '/usr/share/doc/consentry/changelog.gz',
    '/usr/share/doc/consentry/README.Debian', '/usr/share/doc/consentry/NOTICE', '/usr/share/man/man1/consentry-host.1.gz']) {
    assert.ok(fs.existsSync(inPackage(file)), file);
  }
});
