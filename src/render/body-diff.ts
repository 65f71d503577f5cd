import { structuredPatch } from 'diff';
import { append } from '../model/append.ts';

/**
 * A unified diff of two Jsonnet bodies, `live` against `manifest`, with its file headers and
 * three lines of context. Empty when the two are the same text.
 */
export function bodyDiff(before: string, after: string): string {
  if (before === after) return '';
  const patch = structuredPatch('live', 'manifest', before, after, undefined, undefined, { context: 3 });
  if (patch.hunks.length === 0) return '';
  const lines = ['--- live', '+++ manifest'];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    append(lines, hunk.lines);
  }
  return lines.join('\n');
}
