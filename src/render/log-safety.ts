/**
 * Text bound for a terminal or an Actions log: control characters (ANSI escapes) are shown as
 * `?`, and a line that would start with `::` is defused, because the runner reads such a line
 * (after leading whitespace) as a workflow command even when the text came from a URL or body.
 */
export function logSafe(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?')
    .split('\n')
    .map((line) => (/^\s*::/.test(line) ? line.replace('::', '\u200b::') : line))
    .join('\n');
}

