/**
 * Body templates at plan time (SPEC section 7): syntax errors are manifest errors; each body is
 * evaluated against a sample `ctx` for its flow, and the JSON it would send is previewed.
 * The body sent to Ory is always the source as written; nothing here changes it.
 */
import { JsonnetError, evaluateBody, isCancel, parse } from '../jsonnet/index.ts';
import { bodyLocation } from '../manifest/index.ts';
import type { BodySource, DesiredAction, SourceLocation } from '../model/action.ts';
import { lineOf, type Diagnostic } from '../model/diagnostics.ts';
import type { LiveProject } from '../model/live.ts';
import type { BodyPreview, PlanWarning } from '../model/plan.ts';
import { identityConfigOf } from '../ory-config/webhook-codec.ts';
import { maskKnownSecrets } from '../planner/secrets.ts';
import { kratosBodyProblems } from './kratos-checks.ts';
import { mergeContext, sampleContext } from './sample-context.ts';

export { sampleContext, sampleTraits, mergeContext } from './sample-context.ts';

/** Bounds for one body: a template that never ends is stopped and reported, never hangs the run (Ory's worker: 1 s, go-jsonnet's 500 frames). */
export const BODY_TIMEOUT_MS = 1_000;
export const BODY_MAX_STACK = 500;
/** The longest preview a plan keeps of one body (the plan JSON and the comment hold it). */
export const MAX_PREVIEW_CHARS = 256 * 1024;
/** All previews of one plan together: past it the rest are left out, so the plan JSON stays bounded. */
export const PLAN_PREVIEW_BUDGET_CHARS = 4 * 1024 * 1024;

/** Where in the manifest or body file an error sits, and that line of the body as written. */
function errorSite(body: BodySource, error: JsonnetError): { location: SourceLocation; excerpt?: string } {
  if (!error.location) return { location: body.location };
  const excerpt = lineOf(body.source, error.location.line);
  return { location: bodyLocation(body, error.location.line, error.location.column), ...(excerpt !== undefined && excerpt.trim() !== '' ? { excerpt } : {}) };
}

function formatLocation(at: SourceLocation): string {
  return `${at.file}:${at.line}:${at.column}`;
}

/**
 * A syntax error in a body, or what makes Ory fail it on every call (a function without `ctx`,
 * `std.extVar`, `import`), located in the manifest or the body file.
 */
export function checkBodySyntax(body: BodySource, actionName?: string): Diagnostic[] {
  const of = actionName !== undefined ? ` of "${actionName}"` : '';
  try {
    const ast = parse(body.source, body.file ?? body.location.file);
    return kratosBodyProblems(ast).map((problem) => ({
      severity: 'error' as const,
      message: `The body${of} would fail in Ory: ${problem.message}`,
      location: bodyLocation(body, problem.at.line, problem.at.column),
      hint: problem.hint,
    }));
  } catch (error) {
    if (!(error instanceof JsonnetError)) throw error;
    const location = error.location ? bodyLocation(body, error.location.line, error.location.column) : body.location;
    return [
      {
        severity: 'error',
        message: `Jsonnet syntax error in the body${of}: ${error.message}`,
        location,
        hint: 'Ory would fail this webhook on every request; fix the template (a body is usually `function(ctx) { ... }`).',
      },
    ];
  }
}

export interface PreviewOptions {
  readonly timeoutMs?: number;
  readonly maxStack?: number;
  /** all bodies of one plan together; past it the rest are reported as not evaluated */
  readonly budgetMs?: number;
  readonly now?: () => number;
}

export const PLAN_BODY_BUDGET_MS = 10_000;

export function previewBody(
  action: DesiredAction,
  identityConfig: unknown,
  secrets: readonly string[],
  options: PreviewOptions = {},
  baseContext: unknown = sampleContext(action.flow, action.timing, identityConfig),
): { preview: BodyPreview; warning?: PlanWarning } {
  const body = action.body!;
  const ctx = action.sampleCtx ? mergeContext(baseContext, action.sampleCtx) : baseContext;
  try {
    // the exact text Kratos sends: go-jsonnet's output for ctx as the top-level argument
    const text = evaluateBody(body.source, ctx, {
      filename: body.file ?? body.location.file,
      timeoutMs: options.timeoutMs ?? BODY_TIMEOUT_MS,
      maxStack: options.maxStack ?? BODY_MAX_STACK,
    });
    if (text.length > MAX_PREVIEW_CHARS) {
      const message = `preview left out: the body is ${text.length.toLocaleString('en-US')} characters for the sample request, more than the ${MAX_PREVIEW_CHARS.toLocaleString('en-US')} a plan keeps`;
      return {
        preview: { kind: 'error', message },
        warning: { kind: 'body-evaluation', action: action.name, message: `The body of "${action.name}" is very large: ${message}. Kratos would send it whole.` },
      };
    }
    const json = maskKnownSecrets(text, secrets);
    const placeholders = action.sampleCtxReferences ? { placeholders: action.sampleCtxReferences } : {};
    const first = text[0];
    if (first !== '{') {
      const what = first === '[' ? 'an array' : text.startsWith('null') ? 'null' : first === '"' ? 'a string' : text.startsWith('true') || text.startsWith('false') ? 'a boolean' : 'a number';
      return {
        preview: { kind: 'rendered', json, ...placeholders },
        warning: { kind: 'body-evaluation', action: action.name, location: body.location, detail: `evaluates to ${what}, not an object`, message: `The body of "${action.name}" evaluates to ${what}, not an object, for the sample ${action.flow} request.` },
      };
    }
    return { preview: { kind: 'rendered', json, ...placeholders } };
  } catch (error) {
    if (!(error instanceof JsonnetError)) throw error;
    if (isCancel(error)) return { preview: { kind: 'cancelled' } };
    const site = errorSite(body, error);
    const detail = maskKnownSecrets(error.message, secrets);
    const message = `${formatLocation(site.location)}: ${detail}`;
    const excerpt = site.excerpt !== undefined ? maskKnownSecrets(site.excerpt, secrets) : undefined;
    return {
      preview: { kind: 'error', message },
      warning: {
        kind: 'body-evaluation',
        action: action.name,
        location: site.location,
        detail,
        ...(excerpt !== undefined ? { excerpt } : {}),
        message: `The body of "${action.name}" fails for a sample ${action.flow} ${action.timing} request, so the webhook would fail too: ${message}`,
      },
    };
  }
}

/** The plan's body step: previews and warnings for every action that has a body. */
export function createBodyPreviewer(options: PreviewOptions = {}) {
  return (actions: readonly DesiredAction[], live: readonly LiveProject[], secrets: readonly string[] = []) => {
    const previews = new Map<string, BodyPreview>();
    const warnings: PlanWarning[] = [];
    const configs = new Map(live.map((p) => [p.id, identityConfigOf(p.raw)]));
    const contexts = new Map<string, unknown>();
    const now = options.now ?? Date.now;
    const deadline = now() + (options.budgetMs ?? PLAN_BODY_BUDGET_MS);
    let previewChars = 0;
    for (const action of actions) {
      if (!action.body) continue;
      const spent = now() > deadline ? 'time budget' : previewChars > PLAN_PREVIEW_BUDGET_CHARS ? 'size budget' : undefined;
      if (spent) {
        const message = `not evaluated: the ${spent} for body previews in one plan was used up by the bodies before it`;
        previews.set(action.name, { kind: 'error', message });
        warnings.push({ kind: 'body-evaluation', action: action.name, location: action.body.location, detail: message, message: `The body of "${action.name}" was ${message}.` });
        continue;
      }
      // One sample ctx per project, flow and timing, shared by its bodies: the engine converts it once.
      const key = `${action.projectId}\0${action.flow}\0${action.timing}`;
      let base = contexts.get(key);
      if (!base) contexts.set(key, (base = sampleContext(action.flow, action.timing, configs.get(action.projectId))));
      const { preview, warning } = previewBody(action, configs.get(action.projectId), secrets, options, base);
      previews.set(action.name, preview);
      previewChars += preview.kind === 'rendered' ? preview.json.length : preview.kind === 'error' ? preview.message.length : 0;
      if (warning) warnings.push(warning);
    }
    return { previews, warnings };
  };
}
