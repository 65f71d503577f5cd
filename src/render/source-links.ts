/** Links from a plan to the lines it comes from, at the commit it was planned at. */
import type { SourceLocation } from '../model/action.ts';
import { escapeText, inlineCode, link, truncateText } from './markdown-text.ts';

/** Where the repository's files are shown: `https://github.com/owner/repo` and the head commit. */
export interface SourceLinks {
  readonly repoUrl: string;
  readonly sha: string;
}

/** `https://github.com/o/r/blob/<sha>/<path>#L<line>`, or undefined when no repository is known. */
export function lineUrl(links: SourceLinks | undefined, location: Pick<SourceLocation, 'file' | 'line'>): string | undefined {
  if (!links || !links.repoUrl || !links.sha) return undefined;
  const path = location.file.split('/').map(encodeURIComponent).join('/');
  return `${links.repoUrl.replace(/\/+$/, '')}/blob/${encodeURIComponent(links.sha)}/${path}#L${location.line}`;
}

/** `file:line[:column]` as a link to that line, or as inline code when there is nowhere to link to. */
export function locationLink(links: SourceLinks | undefined, location: Pick<SourceLocation, 'file' | 'line'> & { readonly column?: number }): string {
  const column = location.column !== undefined && location.column > 1 ? `:${location.column}` : '';
  const text = `${location.file}:${location.line}${column}`;
  const url = lineUrl(links, location);
  return url ? link(escapeText(truncateText(text, 200)), url) : inlineCode(text, 200);
}

/** A file as a link to its first line (or `line`), or inline code. */
export function fileLink(links: SourceLinks | undefined, file: string, line = 1): string {
  const url = lineUrl(links, { file, line });
  return url ? link(inlineCode(file, 200), url) : inlineCode(file, 200);
}
