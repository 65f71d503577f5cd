/**
 * The comment fits GitHub's comment column: rendered as GitHub renders it (test/support/github-html.ts)
 * in headless Chromium at 780 px, no table and no code block of the seed and update comments needs
 * more width than the column has, with every <details> open. Needs Debian's `chromium` (.ci/run installs it).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMMENT_WIDTH_PX, findChromium, githubHtml, measure } from '../../support/github-html.ts';
import { scenarios } from '../../support/plan-scenarios.ts';

const browser = findChromium();
const skip = browser ? false : 'chromium is not installed (Debian: apt-get install chromium), so the width in a browser cannot be measured';

for (const name of ['seed', 'update']) {
  test(`the ${name} comment: no table or code block is wider than the ${COMMENT_WIDTH_PX} px column`, { skip }, () => {
    const scenario = scenarios().find((s) => s.name === name)!;
    // the dark theme changes colours only, not the layout
    const measured = measure(browser!, githubHtml(scenario.comment, { theme: 'light', open: true, breaks: true }));
    assert.ok(measured.pres > 0, 'the page was rendered and measured');
    assert.deepEqual(measured.wide, [], `too wide: ${JSON.stringify(measured.wide)}`);
  });
}

test('the measurement sees a table that is too wide (so a pass means something)', { skip }, () => {
  const wide = `| ${Array.from({ length: 8 }, (_, i) => `\`https://api.example.com/webhooks/column-${i}\``).join(' | ')} |\n|${' --- |'.repeat(8)}\n| ${'x | '.repeat(8)}\n`;
  const measured = measure(browser!, githubHtml(wide, { theme: 'light' }));
  assert.equal(measured.tables, 1);
  assert.equal(measured.wide.length, 1, JSON.stringify(measured));
  assert.equal(measured.wide[0]!.kind, 'table');
  assert.ok(measured.wide[0]!.needs > COMMENT_WIDTH_PX);
});
