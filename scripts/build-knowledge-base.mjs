#!/usr/bin/env node
// Builds host/data/imported/*.json, the knowledge base's imported part, from the field's open
// databases and our reviewed rules (host/data/README.md says how and in which precedence).
// Usage: npm run build:kb            writes the files and prints a summary
//        npm run build:kb -- --check fails (exit 1) if a file differs from what it would write
// Deterministic: the sources are pinned (package.json, host/data/sources/), nothing else is read.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { readCookieBlock } from './kb/cookieblock.mjs';
import { readOpenCookieDatabase } from './kb/open-cookie-database.mjs';
import { Precedence } from './kb/precedence.mjs';
import { readReviewed } from './kb/reviewed-rules.mjs';
import { loadServices, readTarteaucitron } from './kb/tarteaucitron.mjs';
import { vendorDomainCategories } from './kb/vendor-domains.mjs';
import { vendorFiles } from './kb/vendor-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'host/data');
const sourcesDir = path.join(dataDir, 'sources');
const outputDir = path.join(dataDir, 'imported');
// The packages' own files, not their exports: neither exports its data.
const packageFile = (name, file) => path.join(root, 'node_modules', name, file);

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

function readSources() {
  const ocd = readJson(packageFile('@slashgear/gdpr-cookie-scanner', 'src/data/open-cookie-database.json'));
  const ocdOverrides = readJson(path.join(sourcesDir, 'open-cookie-database-overrides.json'));
  const services = loadServices(
    fs.readFileSync(packageFile('tarteaucitronjs', 'tarteaucitron.services.js'), 'utf8'),
  );
  return {
    reviewed: readReviewed(dataDir),
    tiers: [
      { group: 'cookieblock', ...readCookieBlock(readJson(path.join(sourcesDir, 'cookieblock-known_cookies.json'))) },
      { group: 'open-cookie-database', ...readOpenCookieDatabase(ocd, ocdOverrides.entries) },
      { group: 'tarteaucitron', ...readTarteaucitron(services) },
    ],
  };
}

function byVendor(rules) {
  const vendors = new Map();
  for (const rule of rules) {
    if (!vendors.has(rule.vendor.id)) vendors.set(rule.vendor.id, { vendor: rule.vendor, rules: [] });
    vendors.get(rule.vendor.id).rules.push(rule);
  }
  return vendors;
}

const compareRules = (a, b) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.match.localeCompare(b.match) || a.domains.join().localeCompare(b.domains.join());

function build() {
  const { reviewed, tiers } = readSources();
  const precedence = new Precedence();
  precedence.addTier(reviewed.rules);
  const claimed = new Set(reviewed.claimedDomains);
  const outputs = new Map();
  const leftOut = [];
  const summary = [];
  for (const tier of tiers) {
    const conflictsBefore = precedence.conflicts.length;
    const kept = precedence.addTier(tier.rules);
    const conflicts = precedence.conflicts.slice(conflictsBefore);
    const vendors = byVendor(kept);
    for (const entry of vendorDomainCategories(tier.rules, claimed)) {
      if (!vendors.has(entry.vendor.id)) vendors.set(entry.vendor.id, { vendor: entry.vendor, rules: [] });
      Object.assign(vendors.get(entry.vendor.id).vendor, entry.vendor);
    }
    const ordered = [...vendors.keys()].sort().map((id) => vendors.get(id));
    for (const { rules } of ordered) rules.sort(compareRules);
    for (const [file, text] of vendorFiles(tier.group, ordered, conflicts)) outputs.set(file, text);
    leftOut.push(...tier.skipped);
    summary.push(`${tier.group}: ${tier.rules.length} read, ${kept.length} kept in ${ordered.length} vendors, ` +
      `${conflicts.length} conflicts, ${tier.skipped.length} left out before merging`);
  }
  const reasons = leftOut.sort().join('\n');
  outputs.set('left-out.txt', `# Source entries the import left out, and why (scripts/build-knowledge-base.mjs).\n${reasons}\n`);
  return { outputs, summary };
}

function main() {
  const check = process.argv.includes('--check');
  const { outputs, summary } = build();
  const stale = [];
  for (const [file, text] of outputs) {
    const target = path.join(outputDir, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    if (current === text) continue;
    if (check) stale.push(file);
    else {
      fs.mkdirSync(outputDir, { recursive: true });
      fs.writeFileSync(target, text);
    }
  }
  // Files an earlier import wrote that this one does not (a source that now fits in fewer files).
  const existing = fs.existsSync(outputDir) ? fs.readdirSync(outputDir) : [];
  for (const file of existing.filter((name) => !outputs.has(name)).sort()) {
    if (check) stale.push(file);
    else fs.rmSync(path.join(outputDir, file));
  }
  if (check && stale.length) {
    console.error(`host/data/imported is out of date (${stale.join(', ')}): run npm run build:kb`);
    process.exit(1);
  }
  for (const line of summary) console.log(line);
}

main();
