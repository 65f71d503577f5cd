/**
 * `npm run screenshots`: renders the comment and job summary of each fixture plan
 * (test/support/plan-scenarios.ts) the way GitHub shows them, at 780 px, light and dark, and takes
 * screenshots with headless Chromium (Debian: `apt-get install chromium`). Writes HTML and PNG files
 * to `screenshots/` (not committed) and prints any table or code block wider than the column.
 * `npm run screenshots -- seed update` renders only the scenarios named.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, githubHtml, screenshot, type Theme } from '../test/support/github-html.ts';
import { ROOT } from '../test/support/paths.ts';
import { scenarios } from '../test/support/plan-scenarios.ts';

const browser = findChromium();
if (!browser) {
  console.error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
const out = join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
let wide = 0;
for (const scenario of scenarios()) {
  if (only.length > 0 && !only.includes(scenario.name)) continue;
  const pages: Array<{ kind: 'comment' | 'summary'; markdown: string; theme: Theme; open: boolean }> = [];
  for (const theme of ['light', 'dark'] as const) {
    pages.push({ kind: 'comment', markdown: scenario.comment, theme, open: false });
    pages.push({ kind: 'summary', markdown: scenario.summary, theme, open: false });
  }
  pages.push({ kind: 'comment', markdown: scenario.comment, theme: 'light', open: true });
  for (const page of pages) {
    const name = `${scenario.name}-${page.kind}-${page.theme}${page.open ? '-open' : ''}`;
    const html = githubHtml(page.markdown, {
      theme: page.theme,
      open: page.open,
      // GitHub turns line breaks into <br> in comments, not in job summaries
      breaks: page.kind === 'comment',
      caption: `${scenario.title}: ${page.kind}${page.open ? ', details open' : ''} (${page.theme})`,
    });
    const measured = screenshot(browser, html, join(out, `${name}.html`), join(out, `${name}.png`));
    const note = measured.wide.length === 0 ? 'fits' : `${measured.wide.length} too wide: ${measured.wide.map((w) => `${w.kind} ${w.needs}>${w.has}px`).join(', ')}`;
    if (page.kind === 'comment') wide += measured.wide.filter((w) => w.kind === 'table').length;
    console.log(`${name}.png  ${measured.height}px tall, ${note}`);
  }
}
console.log(`Screenshots in ${out}${wide > 0 ? ` (${wide} comment tables wider than 780 px)` : ''}.`);
