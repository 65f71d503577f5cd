/**
 * The comment a pull request gets when its manifest cannot be loaded: the errors where they are,
 * so the plan comment never goes on showing a plan that no longer stands.
 */
import type { CommentStatusLine } from '../model/comment.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { formatMarker, type CommentMarker } from '../model/marker.ts';
import { codeBlock, escapeText, inertText, inlineCode, truncateText } from './markdown-text.ts';
import { locationLink, type SourceLinks } from './source-links.ts';
import { formatCount, planTitle, plural, statusLineMarkdown } from './wording.ts';

const MAX_ERRORS_SHOWN = 50;

/** The manifest's errors as a markdown list, each where it is (at most 50). */
export function renderManifestErrorList(diagnostics: readonly Diagnostic[], links?: SourceLinks): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const items = errors.slice(0, MAX_ERRORS_SHOWN).map((d) => errorItem(d, links));
  if (errors.length > MAX_ERRORS_SHOWN) items.push(`- … and ${formatCount(errors.length - MAX_ERRORS_SHOWN)} more (see the annotations of the run)`);
  return items.join('\n');
}

/** What a pull request is told first when its manifest does not load. */
export function manifestErrorsHeadline(diagnostics: readonly Diagnostic[]): string {
  const count = diagnostics.filter((d) => d.severity === 'error').length;
  return `**The manifest has ${plural(count, 'error')}**: nothing can be planned or applied until ${count === 1 ? 'it is' : 'they are'} fixed.`;
}

export function renderManifestErrorsComment(marker: CommentMarker, status: CommentStatusLine, diagnostics: readonly Diagnostic[], links?: SourceLinks): string {
  return [
    formatMarker(marker),
    '',
    `### ${planTitle(marker.manifest, marker.environment, 'markdown')}`,
    '',
    `> [!CAUTION]\n> ${manifestErrorsHeadline(diagnostics)} The plan shown before is no longer current.`,
    '',
    renderManifestErrorList(diagnostics, links),
    '',
    statusLineMarkdown(status, marker.head_sha),
    '',
  ].join('\n');
}

/** `- **message** (key) · file:line` then the line as written and how to fix it. */
function errorItem(d: Diagnostic, links: SourceLinks | undefined): string {
  const key = d.key ? ` (${inlineCode(d.key, 120)})` : '';
  const at = d.location ? ` · ${locationLink(links, d.location)}` : '';
  const lines = [`- **${inertText(truncateText(d.message, 600))}**${key}${at}`];
  if (d.excerpt !== undefined) lines.push(...codeBlock(`${d.location!.line} │ ${truncateText(d.excerpt, 200)}`, 'yaml').split('\n').map((l) => `  ${l}`));
  if (d.hint) lines.push(`  ${inertText(truncateText(d.hint, 400))}`);
  return lines.join('\n');
}

/** The job summary of a run whose manifest does not load: the same located errors, and that nothing was written. */
export function renderManifestErrorsSummary(diagnostics: readonly Diagnostic[], environment = '', links?: SourceLinks, manifest?: string): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const items = errors.slice(0, MAX_ERRORS_SHOWN).map((d) => errorItem(d, links));
  if (errors.length > MAX_ERRORS_SHOWN) items.push(`- … and ${formatCount(errors.length - MAX_ERRORS_SHOWN)} more (see the annotations of the run)`);
  const title = manifest !== undefined ? planTitle(manifest, environment, 'markdown') : `Ory Actions plan${environment ? ` in ${escapeText(environment)}` : ''}`;
  return `## ${title}: invalid manifest\n\n> [!CAUTION]\n> **The manifest has ${plural(errors.length, 'error')}**: nothing was planned, and nothing was written to Ory.\n\n${items.join('\n')}\n`;
}
