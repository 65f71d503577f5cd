import type { Flow, HookListRef, HttpMethod, Timing } from './hook-list.ts';

/** A place in a source file, 1-based, as shown to people and in annotations. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type WebhookAuth =
  | { readonly type: 'api_key'; readonly name: string; readonly value: string; readonly in: 'header' | 'cookie' }
  | { readonly type: 'basic_auth'; readonly user: string; readonly password: string };

/** A Jsonnet body template exactly as written, and where its first character sits. */
export interface BodySource {
  readonly source: string;
  /** the manifest (inline `body`) or the `body_file` */
  readonly location: SourceLocation;
  /** set when the body came from `body_file` (path as written in the manifest) */
  readonly file?: string;
  /**
   * set when the manifest gave the body as `base64://...` (as the Terraform provider passes it):
   * that text, sent to Ory as written; `source` is then its decoded Jsonnet, for checks and previews
   */
  readonly encoded?: string;
}

/**
 * One manifest action, validated and with `${{ env.* }}` references resolved.
 * `display` maps a field path (`url`, `body`, `auth.value`, `auth.password`, ...) to the text
 * shown instead of its value: the reference as written, or `(sensitive)`. A field in
 * `display` is sensitive and its value must never be printed.
 */
export interface DesiredAction {
  readonly name: string;
  readonly projectId: string;
  readonly flow: Flow;
  readonly timing: Timing;
  readonly authMethod?: string;
  readonly list: HookListRef;
  readonly url: string;
  readonly method: HttpMethod;
  readonly body?: BodySource;
  readonly canInterrupt: boolean;
  readonly responseIgnore: boolean;
  readonly responseParse: boolean;
  readonly auth?: WebhookAuth;
  /** values from `${{ env.* }}` references stand as the reference text: a preview never sees a secret */
  readonly sampleCtx?: Record<string, unknown>;
  /** the variables whose references stand in `sampleCtx` instead of their values */
  readonly sampleCtxReferences?: readonly string[];
  readonly display: Readonly<Record<string, string>>;
  readonly location: SourceLocation;
}

/** A manifest after loading: its actions and what it says about ownership. */
export interface Manifest {
  readonly path: string;
  /** the target's name (targetName): keeps the plans and approvals of several targets apart; absent or '' for none */
  readonly environment?: string;
  /** the environments the manifest declares (absent or empty when it declares none) */
  readonly environments?: readonly string[];
  readonly defaultProjectId?: string;
  /** the reference text, when the default project_id came from one (it is then sensitive) */
  readonly defaultProjectDisplay?: string;
  readonly prune: boolean;
  readonly actions: readonly DesiredAction[];
  /** every resolved secret value (env references and auth secrets), for masking */
  readonly secrets: readonly string[];
}

/** The identity of a webhook: same project, list, url and method = the same hook. */
export function webhookIdentity(projectId: string, list: HookListRef, url: string, method: string): string {
  const m = list.method ? `.${list.method}` : '';
  return `${projectId} ${list.flow}.${list.timing}${m} ${method.toUpperCase()} ${url}`;
}

/**
 * The name of what a run plans and applies for, beside the manifest (SPEC sections 1 and 4): the
 * `environment` input, or when that is empty the `project-id` input (a matrix over projects alone still
 * gets one comment and one approval per project), or '' (the manifest itself).
 */
export function targetName(environment: string | undefined, projectIdInput: string | undefined): string {
  return environment?.trim() || projectIdInput?.trim() || '';
}
