/**
 * `${{ env.NAME }}` references in manifest strings. The manifest is not a workflow file, so GitHub does not
 * expand it: the action does, from the step's environment, and remembers which values came from it.
 */

export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** One `${{ env.NAME }}` replaced in a string, with offsets in the text as written and as resolved. */
export interface Substitution {
  readonly name: string;
  readonly rawStart: number;
  readonly rawEnd: number;
  readonly resolvedStart: number;
  readonly resolvedEnd: number;
}

/** A reference that could not be resolved: unset or empty variable, another expression, or an unclosed `${{`. */
export interface ReferenceProblem {
  /** offset of the `${{` in the text as written */
  readonly offset: number;
  readonly message: string;
  readonly hint: string;
}

export interface ResolvedString {
  readonly value: string;
  readonly substitutions: readonly Substitution[];
  /** the values put in from the environment (secrets) */
  readonly secrets: readonly string[];
  readonly problems: readonly ReferenceProblem[];
}

const OPEN = '${{';
const CLOSE = '}}';

function otherExpressionHint(expression: string): string {
  const context = /^([A-Za-z_]+)\.([A-Za-z0-9_]+)$/.exec(expression);
  if (context && context[1] !== 'env') {
    const name = context[2]!.toUpperCase();
    return `the manifest is not a workflow file: pass the value through the step's env (\`${name}: \${{ ${expression} }}\`) and write \${{ env.${name} }} here`;
  }
  return 'only ${{ env.NAME }} is supported here; set NAME in the step\'s env';
}

/** Replaces every `${{ env.NAME }}` (spaces inside the braces allowed) with the variable's value. */
export function resolveReferences(text: string, env: Readonly<Record<string, string | undefined>>): ResolvedString {
  if (!text.includes(OPEN)) return { value: text, substitutions: [], secrets: [], problems: [] };
  const substitutions: Substitution[] = [];
  const secrets: string[] = [];
  const problems: ReferenceProblem[] = [];
  let out = '';
  let cursor = 0;
  for (;;) {
    const open = text.indexOf(OPEN, cursor);
    if (open === -1) break;
    out += text.slice(cursor, open);
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) {
      problems.push({
        offset: open,
        message: 'unclosed "${{": a reference is written ${{ env.NAME }}',
        hint: 'close it with "}}"',
      });
      out += text.slice(open);
      cursor = text.length;
      break;
    }
    const expression = text.slice(open + OPEN.length, close).trim();
    const rawEnd = close + CLOSE.length;
    const envRef = /^env\.(.*)$/.exec(expression);
    if (envRef && ENV_NAME_PATTERN.test(envRef[1]!)) {
      const name = envRef[1]!;
      const value = env[name];
      if (value === undefined || value === '') {
        problems.push({
          offset: open,
          message:
            value === undefined
              ? `environment variable ${name} is not set (referenced as \${{ env.${name} }})`
              : `environment variable ${name} is set but empty (referenced as \${{ env.${name} }}); an empty value is refused`,
          hint: `set ${name} in the step's env, e.g. \`${name}: \${{ secrets.${name} }}\``,
        });
        out += text.slice(open, rawEnd);
      } else {
        substitutions.push({ name, rawStart: open, rawEnd, resolvedStart: out.length, resolvedEnd: out.length + value.length });
        secrets.push(value);
        out += value;
      }
    } else if (envRef) {
      problems.push({
        offset: open,
        message: `"\${{ ${expression} }}" is not a valid reference: "${envRef[1]}" is not a variable name`,
        hint: 'variable names are letters, digits and "_", not starting with a digit',
      });
      out += text.slice(open, rawEnd);
    } else {
      problems.push({
        offset: open,
        message: `"\${{ ${expression} }}" is not supported: only \${{ env.NAME }} references are expanded`,
        hint: otherExpressionHint(expression),
      });
      out += text.slice(open, rawEnd);
    }
    cursor = rawEnd;
  }
  out += text.slice(cursor);
  return { value: out, substitutions, secrets, problems };
}

/** Maps an offset in the resolved string back to the text as written (inside a substitution: its start). */
export function rawOffset(substitutions: readonly Substitution[], resolvedOffset: number): number {
  let delta = 0;
  for (const s of substitutions) {
    if (resolvedOffset < s.resolvedStart) break;
    if (resolvedOffset < s.resolvedEnd) return s.rawStart;
    delta = s.rawEnd - s.resolvedEnd;
  }
  return resolvedOffset + delta;
}
