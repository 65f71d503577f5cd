/**
 * Golden files of the comment and the job summary for the fixture plans (test/support/plan-scenarios.ts),
 * made by the real pipeline. A change to the rendering shows here as a diff to review, and by eye with
 * `npm run screenshots`. After a deliberate change: `UPDATE_GOLDEN=1 node --import tsx --test test/unit/render/golden.test.ts`.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseMarker } from '../../../src/model/marker.ts';
import { scenarios } from '../../support/plan-scenarios.ts';

/** Past this size a golden file keeps the start and end, and the whole text's digest (a megabyte in git per change helps no reviewer). */
const WHOLE_MAX = 100_000;

function goldenForm(text: string): string {
  if (text.length <= WHOLE_MAX) return text;
  const digest = createHash('sha256').update(text).digest('hex');
  return `<!-- golden: the first 30,000 and last 5,000 of ${text.length} characters; sha256 of the whole ${digest} -->\n${text.slice(0, 30_000)}\n[…]\n${text.slice(-5_000)}`;
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const all = scenarios();

test('the fixture plans are the seven the issue names', () => {
  assert.deepEqual(all.map((s) => s.name), ['seed', 'update', 'advanced', 'invalid', 'applied', 'plan-changed', 'huge']);
});

for (const scenario of all) {
  for (const kind of ['comment', 'summary'] as const) {
    test(`${scenario.name}: the ${kind} matches its golden file`, () => {
      const file = join(DIR, `${scenario.name}.${kind}.md`);
      const actual = goldenForm(scenario[kind]);
      if (update || !existsSync(file)) {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, actual);
        if (!update) assert.fail(`${file} did not exist: written now; review it and commit it`);
        return;
      }
      assert.equal(actual, readFileSync(file, 'utf8'), `${scenario.name}.${kind}.md differs (UPDATE_GOLDEN=1 to accept a deliberate change)`);
    });
  }
  test(`${scenario.name}: SPEC section 4 holds (marker first, summary line, status line, 65,536 characters)`, () => {
    const { comment } = scenario;
    assert.ok(comment.length <= 65_536, `${comment.length} characters`);
    assert.ok(comment.startsWith('<!-- ory-actions-gitops {'));
    assert.ok(parseMarker(comment), 'the marker parses');
    if (scenario.name !== 'invalid') assert.match(comment, /\*\*Plan: \d+ to create, \d+ to update, \d+ to delete\.\*\*/);
    assert.match(comment, /^(📝 \*\*Planned\*\*|✅ \*\*Applied\*\*|❌ \*\*Failed\*\*)/m);
  });
}
