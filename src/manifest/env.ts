/**
 * `${{ env.NAME }}` and `${{ vars.NAME }}` references in manifest strings. The manifest is not a workflow
 * file, so GitHub does not expand it: the action does. `env` comes from the step's environment and is
 * secret; `vars` comes from the target environment's `vars` in the manifest itself and is shown in clear.
 */
import { nearest } from './suggest.ts';

export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The `vars` of the environment a load targets: its name (for messages) and its variables. */
export interface EnvironmentVars {
  readonly environment: string;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Where `${{ vars.* }}` may stand: `vars` of the target environment; `none`: the manifest declares no
 * environments; `skip`: left as written without a problem (no environment chosen, already an error).
 */
export type VarsScope = EnvironmentVars | 'none' | 'skip';

/** One reference replaced in a string, with offsets in the text as written and as resolved. */
export interface Substitution {
  /** `env`: from the step's environment (secret); `vars`: from the manifest's environment (in clear) */
  readonly kind: 'env' | 'vars';
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
  /** every `${{ vars.NAME }}` written, resolved or not (for checks against the other environments) */
  readonly varReferences: readonly VarReference[];
}

export interface VarReference {
  readonly name: string;
  /** offset of the `${{` in the text as written */
  readonly offset: number;
}

/** true when some substitution came from the step's environment: the value is then a secret. */
export function hasSecretSubstitution(resolved: ResolvedString): boolean {
  return resolved.substitutions.some((s) => s.kind === 'env');
}

/** The `${{ vars.* }}` names a text refers to, with their offsets (nothing is resolved). */
export function varReferencesIn(text: string): VarReference[] {
  return resolveReferences(text, {}, 'skip').varReferences.slice();
}

const OPEN = '${{';
const CLOSE = '}}';

function otherExpressionHint(expression: string): string {
  const context = /^([A-Za-z_]+)\.([A-Za-z0-9_]+)$/.exec(expression);
  if (context && context[1] !== 'env' && context[1] !== 'vars') {
    const name = context[2]!.toUpperCase();
    return `the manifest is not a workflow file: pass the value through the step's env (\`${name}: \${{ ${expression} }}\`) and write \${{ env.${name} }} here`;
  }
  return 'only ${{ env.NAME }} and ${{ vars.NAME }} are supported here; set NAME in the step\'s env, or in the environment\'s vars';
}

function varProblem(name: string, scope: VarsScope, offset: number): ReferenceProblem | undefined {
  if (scope === 'skip') return undefined;
  if (scope === 'none') {
    return {
      offset,
      message: `\${{ vars.${name} }} needs an environment, and the manifest declares no \`environments\``,
      hint: `declare \`environments:\` with \`vars: { ${name}: ... }\` in each, or pass the value with \${{ env.${name} }} (a secret)`,
    };
  }
  return {
    offset,
    message: `environment "${scope.environment}" has no variable "${name}" (referenced as \${{ vars.${name} }})`,
    hint: missingVarHint(name, scope),
  };
}

/** `did you mean "hooks"?`, and where to declare the variable. */
export function missingVarHint(name: string, scope: EnvironmentVars): string {
  const names = Object.keys(scope.values);
  const close = nearest(name, names);
  const declare = `add "${name}" under environments.${scope.environment}.vars`;
  if (close !== undefined) return `did you mean "${close}"? (or ${declare})`;
  return names.length > 0 ? `${declare} (it has ${names.join(', ')})` : declare;
}

/**
 * Replaces every `${{ env.NAME }}` with the step's variable and every `${{ vars.NAME }}` with the
 * target environment's variable (spaces inside the braces allowed).
 */
export function resolveReferences(text: string, env: Readonly<Record<string, string | undefined>>, vars: VarsScope = 'none'): ResolvedString {
  if (!text.includes(OPEN)) return { value: text, substitutions: [], secrets: [], problems: [], varReferences: [] };
  const substitutions: Substitution[] = [];
  const secrets: string[] = [];
  const problems: ReferenceProblem[] = [];
  const varReferences: VarReference[] = [];
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
    const varRef = /^vars\.(.*)$/.exec(expression);
    if (varRef && ENV_NAME_PATTERN.test(varRef[1]!)) {
      const name = varRef[1]!;
      varReferences.push({ name, offset: open });
      const value = typeof vars === 'object' && Object.hasOwn(vars.values, name) ? vars.values[name] : undefined;
      if (value === undefined) {
        const problem = varProblem(name, vars, open);
        if (problem) problems.push(problem);
        out += text.slice(open, rawEnd);
      } else {
        substitutions.push({ kind: 'vars', name, rawStart: open, rawEnd, resolvedStart: out.length, resolvedEnd: out.length + value.length });
        out += value;
      }
    } else if (varRef) {
      problems.push({
        offset: open,
        message: `"\${{ ${expression} }}" is not a valid reference: "${varRef[1]}" is not a variable name`,
        hint: 'variable names are letters, digits and "_", not starting with a digit',
      });
      out += text.slice(open, rawEnd);
    } else if (envRef && ENV_NAME_PATTERN.test(envRef[1]!)) {
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
        substitutions.push({ kind: 'env', name, rawStart: open, rawEnd, resolvedStart: out.length, resolvedEnd: out.length + value.length });
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
        message: `"\${{ ${expression} }}" is not supported: only \${{ env.NAME }} and \${{ vars.NAME }} references are expanded`,
        hint: otherExpressionHint(expression),
      });
      out += text.slice(open, rawEnd);
    }
    cursor = rawEnd;
  }
  out += text.slice(cursor);
  return { value: out, substitutions, secrets, problems, varReferences };
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
