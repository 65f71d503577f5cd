/**
 * Small helpers that make arbitrary text safe inside GitHub-flavoured markdown: inline code,
 * table cells, fenced blocks, plain text and HTML. Everything a user or Ory controls (names,
 * URLs, messages, bodies) goes through one of these before it reaches a comment.
 */

/** Cut `text` to at most `max` code points, marking the cut; never splits a surrogate pair. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text; // UTF-16 length never undercounts code points
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text in a markdown paragraph or list item: no emphasis, links, HTML or line breaks. */
export function escapeText(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  // `|` is left to tableCell: escaping it twice would end a table cell early.
  return escapeHtml(flat.replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)).replace(/^([#+-])/, '\\$1');
}

/** An inline code span that survives backticks, newlines and leading/trailing spaces in `text`. */
export function inlineCode(text: string, maxLength = 300): string {
  const flat = truncateText(text.includes('\n') ? text.replace(/\r?\n/g, '↵') : text, maxLength);
  if (flat === '') return '*(empty)*';
  const longestRun = flat.includes('`') ? Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length)) : 0;
  const ticks = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** Markdown placed in a table cell: an unescaped `|` would end the cell, even inside code. */
export function tableCell(markdown: string): string {
  if (!markdown.includes('|') && !markdown.includes('\n')) return markdown;
  // A backslash right before `|` would cancel the escape (code spans cannot escape it): show a lookalike.
  return markdown.replace(/\r?\n/g, ' ').replace(/\\(?=\|)/g, '∖').replace(/\|/g, '\\|');
}

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(tableCell).join(' | ')} |`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return tableOfRows(header, rows.map(tableRow));
}

/** A table whose rows are already formatted by tableRow. */
export function tableOfRows(header: readonly string[], rowLines: readonly string[]): string {
  return [tableRow(header), `| ${header.map(() => '---').join(' | ')} |`, ...rowLines].join('\n');
}

/** A fenced code block whose fence is longer than any backtick run inside `content`. */
export function codeBlock(content: string, language = ''): string {
  const longestRun = Math.max(0, ...Array.from(content.matchAll(/`{3,}/g), (m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const body = content.endsWith('\n') ? content : `${content}\n`;
  return `${fence}${language}\n${body}${fence}`;
}

/** A collapsed block; `summaryHtml` must already be escaped. Blank lines let markdown render inside. */
export function detailsBlock(summaryHtml: string, content: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>\n\n${content}\n\n</details>`;
}

/** A markdown link when `url` is a plain http(s) URL; otherwise just the text. */
export function link(textMarkdown: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s<>"'`]+$/.test(url)) return textMarkdown;
  const safe = url.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${textMarkdown}](${safe})`;
}

/** Byte length as GitHub's job summary counts it. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Text from a message made inert: URLs, e-mail addresses and @mentions go in code spans (GitHub would
 * autolink or ping them), backtick spans and `"quoted"` values of the message become code spans (a
 * message quotes names and values), and the rest is escaped.
 */
export function inertText(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  let out = '';
  let last = 0;
  for (const match of flat.matchAll(INERT_TOKEN)) {
    const token = match[0];
    const at = match.index;
    out += escapeText(flat.slice(last, at));
    if (token.startsWith('`')) out += inlineCode(token.slice(1, -1));
    else if (token.startsWith('"')) out += inlineCode(token.slice(1, -1).replace(/^`+|`+$/g, ''));
    else {
      // a sentence's closing punctuation is not part of the URL
      const core = token.replace(/[.,;:!?)]+$/, '');
      out += inlineCode(core) + escapeText(token.slice(core.length));
    }
    last = at + token.length;
  }
  return out + escapeText(flat.slice(last));
}

const INERT_TOKEN = /`[^`]+`|"[^"]{1,300}"|[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+|www\.[^\s"'<>`]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w-]+(?:\/[\w-]+)?/gi;
