// A throwaway world for one browser run: a temp HOME (both browsers write under $HOME whatever
// their profile), a browser profile, and Consentry's data directory. The host manifest is written
// by the real `consentry-host install --dir`, into the folder each browser reads:
//   Chromium with --user-data-dir=P reads P/NativeMessagingHosts/
//   Firefox reads $HOME/.mozilla/native-messaging-hosts/ whatever the profile
// The browser passes its environment to the host it starts, so CONSENTRY_DATA_DIR in the browser's
// environment points the host at this run's data directory.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { hostBinary } from './paths.mjs';

export class TempProfile {
  constructor(browser) {
    this.browser = browser;
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), `consentry-e2e-${browser}-`));
    this.home = path.join(this.root, 'home');
    this.profileDir = path.join(this.root, 'profile');
    this.dataDir = path.join(this.root, 'data');
    for (const dir of [this.home, this.profileDir, this.dataDir]) fs.mkdirSync(dir);
  }

  // The folder this browser reads native messaging host manifests from.
  get manifestDir() {
    return this.browser === 'chromium'
      ? path.join(this.profileDir, 'NativeMessagingHosts')
      : path.join(this.home, '.mozilla', 'native-messaging-hosts');
  }

  installHost() {
    execFileSync(hostBinary(), ['install', '--browser', this.browser, '--dir', this.manifestDir],
      { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const manifests = fs.readdirSync(this.manifestDir).filter((f) => f.endsWith('.json'));
    if (manifests.length === 0) throw new Error(`consentry-host install wrote no manifest into ${this.manifestDir}`);
  }

  // The environment for the browser (and so for the host it starts).
  get env() {
    const env = { ...process.env, HOME: this.home, CONSENTRY_DATA_DIR: this.dataDir };
    for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR']) delete env[name];
    return env;
  }

  // Retries: a browser's helper processes can still be closing files in the profile.
  remove() { fs.rmSync(this.root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }); }
}
