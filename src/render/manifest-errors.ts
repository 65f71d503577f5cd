/**
 * The comment a pull request gets when its manifest cannot be loaded: the errors where they are,
 * so the plan comment never goes on showing a plan that no longer stands.
 */
import type { CommentStatusLine } from '../model/comment.ts';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { formatMarker, type CommentMarker } from '../model/marker.ts';
import { escapeText, inlineCode, truncateText } from './markdown-text.ts';
import { planTitle, statusLineMarkdown } from './wording.ts';

const MAX_ERRORS_SHOWN = 50;

export function renderManifestErrorsComment(marker: CommentMarker, status: CommentStatusLine, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const lines = errors.slice(0, MAX_ERRORS_SHOWN).map((d) => {
    const where = d.location ? `${inlineCode(`${d.location.file}:${d.location.line}:${d.location.column}`)} ` : '';
    return `- ${where}${escapeText(truncateText(formatDiagnostic({ ...d, location: undefined } as Diagnostic), 600))}`;
  });
  if (errors.length > MAX_ERRORS_SHOWN) lines.push(`- … and ${errors.length - MAX_ERRORS_SHOWN} more (see the annotations of the run)`);
  return [
    formatMarker(marker),
    '',
    `### ${planTitle(marker.manifest, marker.environment, 'markdown')}`,
    '',
    `❌ **The manifest has ${errors.length} error${errors.length === 1 ? '' : 's'}**: nothing can be planned or applied until ${errors.length === 1 ? 'it is' : 'they are'} fixed.`,
    '',
    ...lines,
    '',
    statusLineMarkdown(status, marker.head_sha),
    '',
  ].join('\n');
}

/** The job summary of a run whose manifest does not load. */
export function renderManifestErrorsSummary(diagnostics: readonly Diagnostic[], environment = ''): string {
  return `## Ory Actions plan${environment ? ` in ${escapeAngleBrackets(environment)}` : ''}: invalid manifest\n\n${diagnostics.map((d) => `- ${escapeAngleBrackets(formatDiagnostic(d))}`).join('\n')}\n\nNothing was written to Ory.\n`;
}

function escapeAngleBrackets(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
