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

/**
 * A function that replaces every known secret in a text with `***`, for messages that leave the run
 * (comments, statuses, issues): the runner masks its log, GitHub's pages are not masked. Also hides the
 * secrets' base64 and JSON-escaped forms.
 */
export function secretMask(secrets: readonly string[]): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    forms.add(secret);
    forms.add(Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''));
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  const ordered = [...forms].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const form of ordered) if (out.includes(form)) out = out.split(form).join('***');
    return out;
  };
}
