/** The README's table of GitHub requests per run is what the bundle does: measured, not written by hand. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../test/support/paths.ts';
import { measureGitHubCost, renderCostTable } from './github-cost.ts';

test('every row of the README\'s "GitHub requests per run" table is measured as written', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### GitHub requests per run'));
  const documented = section.split('\n').filter((line) => line.startsWith('| ')).slice(0, 2 + 12);
  const measured = renderCostTable(await measureGitHubCost()).split('\n');
  assert.deepEqual(documented, measured);
  // GitHub's secondary limits: at most 80 content-creating requests a minute, 900 points (a write costs 5).
  const rows = measured.slice(2).map((line) => line.split(' | ').map((cell) => cell.trim()));
  for (const [, total, writes] of rows) assert.ok(Number(total) + 4 * Number(writes) <= 900 && Number(writes) < 80, `${total} requests, ${writes} writes`);
});
