import type { SourceLocation } from './action.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { HookListRef } from './hook-list.ts';

/**
 * A field value as a plan shows it. Sensitive values never appear: `display` holds the
 * `${{ env.NAME }}` reference or `(sensitive)`, and `value` is absent.
 */
export interface PlanValue {
  readonly display: string;
  readonly sensitive: boolean;
}

/** The writable fields of a webhook, as a plan shows them (keys match the manifest). */
export type WebhookFields = Readonly<Record<string, PlanValue>>;

/** How a field a manifest leaves out is shown (SPEC section 1 defaults): renderings omit these on creates. */
export const DEFAULT_FIELD_DISPLAY: Readonly<Record<string, string>> = {
  body: '(none)',
  can_interrupt: 'false',
  response_ignore: 'false',
  response_parse: 'false',
};

export interface FieldChange {
  /** manifest key: `body`, `can_interrupt`, `response_ignore`, `response_parse`, `auth.type`, `auth.value`, ... */
  readonly field: string;
  readonly before?: PlanValue;
  readonly after?: PlanValue;
}

export type WarningKind =
  | 'delete'
  /** a synchronous hook (not response_ignore): its failure blocks or breaks the flow */
  | 'can-block'
  | 'response-parse'
  /** a webhook without a body: Kratos fails it on every call */
  | 'no-body'
  /** the first hook into an empty method list stops the flow-level list running for that method */
  | 'flow-level-list-off'
  /** the last hook out of a method list starts the flow-level list running for that method */
  | 'flow-level-list-on'
  /** a hook sent to a flow-level list that runs for no method */
  | 'flow-level-list-idle'
  | 'plain-http'
  | 'body-unverifiable'
  | 'secret-uncomparable'
  | 'duplicate-live-hook'
  | 'body-evaluation'
  | 'ory-warning';

export interface PlanWarning {
  readonly kind: WarningKind;
  /** a whole sentence, for logs and terminals */
  readonly message: string;
  readonly action?: string;
  /** the manifest (or body file) line it comes from: linked in the comment, annotated in the run */
  readonly location?: SourceLocation;
  /** the problem alone, without the sentence around it (e.g. a Jsonnet error), for short renderings */
  readonly detail?: string;
  /** the source line at `location`, as written */
  readonly excerpt?: string;
}

/** Preview of the JSON a webhook would receive for the sample `ctx` (SPEC section 7). */
export type BodyPreview =
  /** `placeholders`: variables of `sample_ctx` whose reference text stood in for their value */
  | { readonly kind: 'rendered'; readonly json: string; readonly placeholders?: readonly string[] }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error'; readonly message: string };

interface PlannedHookBase {
  readonly action?: string;
  /** the action's line in the head manifest (absent for hooks no head action declares) */
  readonly location?: SourceLocation;
  readonly list: HookListRef;
  readonly listKey: string;
  readonly url: PlanValue;
  readonly method: string;
}

export interface PlannedCreate extends PlannedHookBase {
  readonly action: string;
  readonly fields: WebhookFields;
  /** the Jsonnet source as written, for diffs (absent when sensitive) */
  readonly body?: string;
  /** the `body_file` the body was read from (repository path), absent for an inline body */
  readonly bodyFile?: string;
  readonly preview?: BodyPreview;
}

export interface PlannedUpdate extends PlannedHookBase {
  readonly action: string;
  readonly changes: readonly FieldChange[];
  readonly bodyBefore?: string;
  readonly bodyAfter?: string;
  /** the `body_file` the new body was read from (repository path), absent for an inline body */
  readonly bodyFile?: string;
  readonly preview?: BodyPreview;
}

export interface PlannedDelete extends PlannedHookBase {
  /** the action that owned it (previous manifest), absent when removed by `prune` */
  readonly action?: string;
  readonly reason: 'removed-from-manifest' | 'identity-changed' | 'prune' | 'duplicate';
  readonly fields: WebhookFields;
}

export interface UnmanagedHook {
  readonly list: HookListRef;
  readonly listKey: string;
  readonly url: PlanValue;
  readonly method: string;
}

/**
 * A flow-level `after` list of login, registration or settings (auth_method: global): Kratos runs
 * it for each method whose own list is empty or missing.
 */
export interface FlowLevelList {
  /** `login.after`, `registration.after` or `settings.after` */
  readonly listKey: string;
  /** its hooks once the plan is applied: action names, webhooks by method and URL, other hooks by type */
  readonly hooks: readonly string[];
  /** methods it runs for now */
  readonly runsFor: readonly string[];
  /** methods it runs for once the plan is applied */
  readonly runsForAfter: readonly string[];
}

export interface ProjectPlan {
  readonly projectId: string;
  readonly projectName?: string;
  readonly revisionId: string;
  readonly creates: readonly PlannedCreate[];
  readonly updates: readonly PlannedUpdate[];
  readonly deletes: readonly PlannedDelete[];
  readonly unchanged: readonly string[];
  readonly unmanaged: readonly UnmanagedHook[];
  readonly warnings: readonly PlanWarning[];
  /** flow-level lists that hold hooks now or after the plan */
  readonly flowLevelLists?: readonly FlowLevelList[];
}

export interface PlanSummary {
  readonly create: number;
  readonly update: number;
  readonly delete: number;
}

/** The plan: pure data, deterministic, fingerprinted over its changes alone. */
export interface Plan {
  readonly formatVersion: 1;
  readonly manifest: string;
  /** the target's name (SPEC section 1: the environment, or the project-id input); absent for none */
  readonly environment?: string;
  readonly fingerprint: string;
  readonly summary: PlanSummary;
  readonly projects: readonly ProjectPlan[];
  /**
   * One entry per change: key `{projectId} {create|update|delete} {action or list+method+url}`, value a
   * short digest of what that change writes (secrets salted as in the fingerprint). Lets a later run say
   * which changes differ from an approved plan without storing the plan itself.
   */
  readonly changeDigests: Readonly<Record<string, string>>;
  /** per project with changes, the fingerprint of its changes alone (what a merge may write to it) */
  readonly projectFingerprints: Readonly<Record<string, string>>;
  /** what the manifest loader warned about (a deprecated key, ...), shown with the plan; not fingerprinted */
  readonly manifestWarnings?: readonly Diagnostic[];
}

export function hasChanges(plan: Plan): boolean {
  return plan.summary.create + plan.summary.update + plan.summary.delete > 0;
}
