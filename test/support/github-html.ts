/**
 * Markdown as GitHub shows it in a pull request comment, close enough to judge layout: GFM by
 * `marked`, GitHub's alerts and `diff` highlighting added the way github.com marks them up, styled
 * by `github-markdown-css`, in a comment column of 780 px, measured and photographed by headless
 * Chromium (Debian's `chromium` package).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Marked, type Tokens } from 'marked';

/** The width of a comment's box on a pull request's conversation page. */
export const COMMENT_WIDTH_PX = 780;
/** github-markdown-css's size (a comment's own text is 14 px: 16 px is the stricter test). */
export const FONT_SIZE_PX = 16;

export type Theme = 'light' | 'dark';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The headless browser, or undefined when none is installed (`apt-get install chromium`). */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

const ALERT_TITLES: Readonly<Record<string, string>> = { NOTE: 'Note', TIP: 'Tip', IMPORTANT: 'Important', WARNING: 'Warning', CAUTION: 'Caution' };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** github.com's classes for lines of a `diff` block (its syntax theme colours them). */
function diffLineClass(line: string): string | undefined {
  if (line.startsWith('+++') || line.startsWith('---')) return 'pl-mh';
  if (line.startsWith('@@')) return 'pl-mdr';
  if (line.startsWith('+')) return 'pl-mi1';
  if (line.startsWith('-')) return 'pl-md';
  if (line.startsWith('!')) return 'pl-mc';
  return undefined;
}

function markdownParser(breaks: boolean): Marked {
  const marked = new Marked({ gfm: true, breaks });
  marked.use({
    renderer: {
      code(token: Tokens.Code): string {
        const lines = token.text.split('\n');
        const body = token.lang === 'diff'
          ? lines.map((line) => {
              const cls = diffLineClass(line);
              return cls ? `<span class="${cls}">${escapeHtml(line)}</span>` : escapeHtml(line);
            }).join('\n')
          : escapeHtml(token.text);
        return `<div class="highlight"><pre><code>${body}</code></pre></div>\n`;
      },
      blockquote(token: Tokens.Blockquote): string {
        const match = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(\n|$)/.exec(token.text);
        if (!match) return `<blockquote>\n${this.parser.parse(token.tokens)}</blockquote>\n`;
        const kind = match[1]!;
        const inner = marked.parse(token.text.slice(match[0].length), { async: false });
        return `<div class="markdown-alert markdown-alert-${kind.toLowerCase()}"><p class="markdown-alert-title">${ALERT_TITLES[kind]}</p>\n${inner}</div>\n`;
      },
    },
  });
  return marked;
}

function css(theme: Theme): string {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('github-markdown-css/package.json'));
  return readFileSync(join(dir, theme === 'light' ? 'github-markdown-light.css' : 'github-markdown-dark.css'), 'utf8');
}

/** Marks every table and code block that needs more width than the column gives it. */
const MEASURE_SCRIPT = `
addEventListener('DOMContentLoaded', () => {
  const body = document.querySelector('.markdown-body');
  const column = body.getBoundingClientRect().right - parseFloat(getComputedStyle(body).paddingRight);
  const wide = [];
  for (const el of body.querySelectorAll('table, pre')) {
    const box = el.getBoundingClientRect();
    const needs = box.left + el.scrollWidth;
    if (el.scrollWidth > el.clientWidth + 1 || needs > column + 1) {
      wide.push({ kind: el.tagName.toLowerCase(), needs: Math.round(el.scrollWidth), has: Math.round(Math.min(el.clientWidth, column - box.left)), text: el.innerText.slice(0, 120) });
    }
  }
  const out = document.createElement('script');
  out.type = 'application/json';
  out.id = 'measured';
  out.textContent = JSON.stringify({ wide, height: Math.ceil(document.querySelector('.frame').getBoundingClientRect().bottom), tables: body.querySelectorAll('table').length, pres: body.querySelectorAll('pre').length });
  document.body.appendChild(out);
});`;

export interface PageOptions {
  readonly theme: Theme;
  /** open every <details> (to see what is folded) */
  readonly open?: boolean;
  /** a comment turns single line breaks into <br> (GitHub does so in comments) */
  readonly breaks?: boolean;
  readonly caption?: string;
}

export function githubHtml(markdown: string, options: PageOptions): string {
  let html = markdownParser(options.breaks ?? true).parse(markdown, { async: false });
  if (options.open) html = html.replace(/<details>/g, '<details open>');
  const background = options.theme === 'light' ? '#ffffff' : '#0d1117';
  const border = options.theme === 'light' ? '#d0d7de' : '#30363d';
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css(options.theme)}
html, body { margin: 0; background: ${background}; }
.frame { padding: 16px; }
.caption { font: 12px sans-serif; color: #8b949e; margin: 0 0 8px; }
.markdown-body { box-sizing: border-box; width: ${COMMENT_WIDTH_PX}px; padding: 16px; border: 1px solid ${border}; border-radius: 6px; font-size: ${FONT_SIZE_PX}px; }
</style><script>${MEASURE_SCRIPT}</script></head><body><div class="frame">${options.caption ? `<p class="caption">${escapeHtml(options.caption)}</p>` : ''}<article class="markdown-body">${html}</article></div></body></html>`;
}

export interface Measured {
  readonly wide: ReadonlyArray<{ kind: string; needs: number; has: number; text: string }>;
  readonly height: number;
  readonly tables: number;
  readonly pres: number;
}

function chromium(browser: string, args: readonly string[]): string {
  const result = spawnSync(browser, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`chromium exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  return result.stdout;
}

const PAGE_WIDTH = COMMENT_WIDTH_PX + 32;

/** Loads the page in headless Chromium and reports the tables and code blocks wider than the column. */
export function measure(browser: string, html: string): Measured {
  const dir = mkdtempSync(join(tmpdir(), 'gh-html-'));
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, html);
    const dom = chromium(browser, [`--window-size=${PAGE_WIDTH},800`, '--dump-dom', `file://${file}`]);
    const found = /<script type="application\/json" id="measured">([\s\S]*?)<\/script>/.exec(dom);
    if (!found) throw new Error('the page did not report its measurements');
    return JSON.parse(found[1]!) as Measured;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PNG of the page at the comment's width, as tall as its content. */
export function screenshot(browser: string, html: string, htmlFile: string, pngFile: string): Measured {
  writeFileSync(htmlFile, html);
  const measured = measure(browser, html);
  chromium(browser, [`--window-size=${PAGE_WIDTH},${Math.min(Math.max(measured.height, 200), 16_000)}`, `--screenshot=${pngFile}`, `file://${htmlFile}`]);
  return measured;
}
