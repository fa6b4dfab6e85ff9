// Writes one generated knowledge-base file in the layout of the hand-kept ones: a vendor's fields
// one per line, one rule per line, so that a change to a source shows as a readable diff.

const RULE_KEYS = ['name', 'match', 'category', 'purpose', 'domains', 'from'];

function ruleLine(rule) {
  const entry = {};
  for (const key of RULE_KEYS) {
    const value = rule[key];
    if (key === 'match' && value === 'exact') continue;
    if (key === 'domains' && value.length === 0) continue;
    entry[key] = value;
  }
  return JSON.stringify(entry).replace(/","/g, '", "').replace(/":"/g, '": "').replace(/":\[/g, '": [');
}

function vendorBlock(vendor, rules) {
  const lines = [
    `      "id": ${JSON.stringify(vendor.id)}`,
    `      "name": ${JSON.stringify(vendor.name)}`,
    `      "source": ${JSON.stringify(vendor.source)}`,
  ];
  if (vendor.domainCategory) {
    lines.push(`      "domains": [${vendor.domains.map((d) => JSON.stringify(d)).join(', ')}]`);
    lines.push(`      "domain_category": ${JSON.stringify(vendor.domainCategory)}`);
  }
  const cookies = rules.map((rule) => `        ${ruleLine(rule)}`).join(',\n');
  lines.push(rules.length ? `      "cookies": [\n${cookies}\n      ]` : '      "cookies": []');
  return `    {\n${lines.join(',\n')}\n    }`;
}

// The host parses each file with one simdjson parser whose buffers grow to the largest file, and
// every start pays for touching them: files stay under this size (the reviewed ones are smaller).
export const MAX_FILE_BYTES = 96 * 1024;

// The files of one source: `<group>.json`, or `<group>-1.json`, `<group>-2.json`, ... when it does
// not fit in one; the conflicts go in the last. Returns [[file name, text]].
export function vendorFiles(group, vendors, conflicts) {
  const chunks = [[]];
  let size = 0;
  for (const entry of vendors) {
    const bytes = vendorBlock(entry.vendor, entry.rules).length;
    if (size + bytes > MAX_FILE_BYTES && chunks.at(-1).length) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1).push(entry);
    size += bytes;
  }
  const conflictBytes = JSON.stringify(conflicts).length;
  if (size + conflictBytes > MAX_FILE_BYTES && chunks.at(-1).length) chunks.push([]);
  return chunks.map((chunk, index) => [
    chunks.length === 1 ? `${group}.json` : `${group}-${index + 1}.json`,
    vendorFileText(group, chunk, index === chunks.length - 1 ? conflicts : []),
  ]);
}

// vendors: [{vendor, rules}] in the order to write; conflicts: [{name, kept, dropped}].
export function vendorFileText(group, vendors, conflicts) {
  const blocks = vendors.map(({ vendor, rules }) => vendorBlock(vendor, rules)).join(',\n');
  const conflictLines = conflicts.map((c) => `    ${JSON.stringify(c).replace(/","/g, '", "').replace(/":"/g, '": "')}`);
  const parts = [`  "group": ${JSON.stringify(group)}`, vendors.length ? `  "vendors": [\n${blocks}\n  ]` : '  "vendors": []'];
  if (conflictLines.length) parts.push(`  "conflicts": [\n${conflictLines.join(',\n')}\n  ]`);
  return `{\n${parts.join(',\n')}\n}\n`;
}
