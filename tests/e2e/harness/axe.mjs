// Runs axe-core (the npm package, pinned in package.json) inside a page of either browser and
// returns its serious and critical violations, each as "rule: target (message)". Evaluating the
// script through the test driver is not subject to the extension pages' content security policy.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function seriousViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, nodes }) => ({
      id, impact, nodes: nodes.map((node) => `${node.target.join(' ')} (${node.failureSummary.split('\n').slice(1).join(' ').trim()})`),
    }));
  });
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .flatMap(({ id, nodes }) => nodes.map((node) => `${id}: ${node}`));
}
