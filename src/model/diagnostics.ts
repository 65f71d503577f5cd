import type { SourceLocation } from './action.ts';

/** A problem found in user input, located precisely enough for an annotation. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly location?: SourceLocation;
  /** the manifest key path, e.g. `actions.welcome_email.flow` */
  readonly key?: string;
  /** how to fix it, e.g. `did you mean "registration"?` */
  readonly hint?: string;
  /** the source line at `location`, as written (for a one-line excerpt beside the error) */
  readonly excerpt?: string;
}

/** Line `line` (1-based) of `text`, without its line break; undefined past the end. */
export function lineOf(text: string, line: number): string | undefined {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/** `file:line:column: message (hint)` — the one-line form used in logs and errors. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : '';
  const key = d.key ? ` [${d.key}]` : '';
  const hint = d.hint ? ` — ${d.hint}` : '';
  return `${where}${d.severity}: ${d.message}${key}${hint}`;
}

/** Thrown when the manifest has errors; carries every diagnostic, not just the first. */
export class ManifestError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `The manifest has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((d) => `  ${formatDiagnostic(d)}`).join('\n'),
    );
    this.name = 'ManifestError';
    this.diagnostics = diagnostics;
  }
}

/**
 * Thrown by a file reader for a file that exists but may not be read: outside the repository
 * (directly or through a symbolic link), or not UTF-8 text. `at` is where in the file, when known.
 */
export class FileRefused extends Error {
  constructor(
    readonly why: string,
    readonly hint: string,
    readonly at?: { readonly line: number; readonly column: number },
  ) {
    super(why);
    this.name = 'FileRefused';
  }
}
