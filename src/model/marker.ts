/**
 * The hidden marker that starts every plan comment of ours: `<!-- ory-actions-gitops {json} -->`.
 * Its model, its format and its parser live here together; the renderer writes it, the GitHub edge reads it.
 */
import type { Plan, PlanSummary } from './plan.ts';
import { isRecord } from './records.ts';

/** Where a plan comment stands; the status line moves from planned to applied (or failed). */
export type CommentStatus = 'planned' | 'applying' | 'applied' | 'failed';

/** The marker's identifying text. */
export const COMMENT_MARKER_PREFIX = '<!-- ory-actions-gitops ';
const MARKER_SUFFIX = ' -->';

/**
 * Plans with more changes than this leave per-change digests out of the marker (the plan-changed
 * report then compares summaries only); so does a marker that would take over a quarter of the comment.
 */
export const MARKER_MAX_CHANGES = 300;

const STATUSES: readonly CommentStatus[] = ['planned', 'applying', 'applied', 'failed'];

/** The JSON inside the hidden marker. Only comments written by the token's own user count. */
export interface CommentMarker {
  readonly manifest: string;
  /**
   * the target (SPEC section 1: the environment input, else the project-id input); '' for the manifest
   * itself. Absent in comments written before targets existed: see isForTarget.
   */
  readonly environment?: string;
  readonly fingerprint: string;
  /** project id to the revision the plan was made against */
  readonly projects: Readonly<Record<string, string>>;
  readonly head_sha: string;
  readonly status: CommentStatus;
  readonly summary?: PlanSummary;
  readonly run_id?: string;
  readonly run_url?: string;
  readonly failure_reason?: string;
  /** change key -> short digest, when the plan is small enough to carry it (for plan-changed diffs) */
  readonly changes?: Readonly<Record<string, string>>;
}

/** The workflow run a marker points at, when there is one. */
export interface MarkerRun {
  readonly runId?: string;
  readonly runUrl?: string;
}

/** The marker of a plan's comment: what was planned, against which revisions, at which commit, and where it stands. */
export function planMarker(plan: Plan, at: { readonly headSha: string; readonly status: CommentStatus; readonly failureReason?: string; readonly run: MarkerRun }): CommentMarker {
  return {
    manifest: plan.manifest,
    environment: plan.environment ?? '',
    fingerprint: plan.fingerprint,
    projects: Object.fromEntries(plan.projects.map((p) => [p.projectId, p.revisionId])),
    head_sha: at.headSha,
    status: at.status,
    summary: plan.summary,
    ...runFields(at.run),
    ...(at.failureReason ? { failure_reason: at.failureReason } : {}),
    ...(Object.keys(plan.changeDigests).length <= MARKER_MAX_CHANGES ? { changes: plan.changeDigests } : {}),
  };
}

/** The marker of a comment that holds no plan (the manifest did not load): it fails with a reason. */
export function failedMarker(manifest: string, environment: string, at: { readonly headSha: string; readonly failureReason: string; readonly run: MarkerRun }): CommentMarker {
  return {
    manifest,
    environment,
    fingerprint: 'none',
    projects: {},
    head_sha: at.headSha,
    status: 'failed',
    failure_reason: at.failureReason,
    ...runFields(at.run),
  };
}

function runFields(run: MarkerRun): Pick<CommentMarker, 'run_id' | 'run_url'> {
  return run.runId ? { run_id: run.runId, ...(run.runUrl !== undefined ? { run_url: run.runUrl } : {}) } : {};
}

/**
 * `<!-- ory-actions-gitops {json} -->`. The JSON never contains `--`, `<`, `>` or `&`: inside
 * strings they become `\u` escapes (the only place JSON can hold them), so a hostile value can
 * neither close the HTML comment early nor open a new tag. Keys come in a fixed order.
 */
export function formatMarker(marker: CommentMarker): string {
  return `${COMMENT_MARKER_PREFIX}${markerJson(marker)}${MARKER_SUFFIX}`;
}

/**
 * The marker line for a comment of at most `maxLength` characters: per-change digests are
 * optional, and must never crowd out the plan itself.
 */
export function formatMarkerWithin(marker: CommentMarker, maxLength: number): string {
  const line = formatMarker(marker);
  if (!marker.changes || line.length <= maxLength / 4) return line;
  const { changes: _dropped, ...withoutChanges } = marker;
  return formatMarker(withoutChanges);
}

function markerJson(marker: CommentMarker): string {
  const ordered: Record<string, unknown> = {
    manifest: marker.manifest,
    // every comment of a run names its target, '' included; only markers from before targets lack it
    ...(marker.environment !== undefined ? { environment: marker.environment } : {}),
    fingerprint: marker.fingerprint,
    projects: sortedRecord(marker.projects),
    head_sha: marker.head_sha,
    status: marker.status,
  };
  if (marker.summary) {
    ordered.summary = { create: marker.summary.create, update: marker.summary.update, delete: marker.summary.delete };
  }
  if (marker.run_id !== undefined) ordered.run_id = marker.run_id;
  if (marker.run_url !== undefined) ordered.run_url = marker.run_url;
  if (marker.failure_reason !== undefined) ordered.failure_reason = marker.failure_reason;
  if (marker.changes !== undefined) ordered.changes = sortedRecord(marker.changes);
  return JSON.stringify(ordered)
    .replace(/-(?=-)/g, '\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const key of Object.keys(record).sort()) out[key] = record[key] as string;
  return out;
}

const MARKER_PATTERN = /<!--\s*ory-actions-gitops\s+(\{[\s\S]*?\})\s*-->/;

/** The marker of a comment body (the first one), or undefined when absent or malformed. */
export function parseMarker(body: string): CommentMarker | undefined {
  const match = MARKER_PATTERN.exec(body);
  if (!match) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(match[1] as string);
  } catch {
    return undefined;
  }
  return validateMarker(data);
}

/** The marker on a comment's first line, as we write it; undefined when there is none or it is malformed. */
export function readMarker(body: string): CommentMarker | undefined {
  const firstLine = body.trimStart().split(/\r?\n/, 1)[0] ?? '';
  return parseMarker(firstLine);
}

function validateMarker(data: unknown): CommentMarker | undefined {
  if (!isRecord(data)) return undefined;
  const { manifest, fingerprint, projects, head_sha, status } = data;
  if (typeof manifest !== 'string' || manifest.trim() === '' || typeof fingerprint !== 'string' || typeof head_sha !== 'string') return undefined;
  if (!isStringRecord(projects)) return undefined;
  if (typeof status !== 'string' || !STATUSES.includes(status as CommentStatus)) return undefined;
  const marker: {
    -readonly [K in keyof CommentMarker]: CommentMarker[K];
  } = { manifest, fingerprint, projects, head_sha, status: status as CommentStatus };
  if (data.summary !== undefined) {
    const summary = asSummary(data.summary);
    if (!summary) return undefined;
    marker.summary = summary;
  }
  for (const key of ['environment', 'run_id', 'run_url', 'failure_reason'] as const) {
    const value = data[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') return undefined;
    marker[key] = value;
  }
  if (data.changes !== undefined) {
    if (!isStringRecord(data.changes)) return undefined;
    marker.changes = data.changes;
  }
  return marker;
}

/**
 * Whether a comment's marker is for this target. A marker from before targets existed (no `environment`)
 * was written for the manifest itself: it belongs to the '' target, or to a `project-id` target (an
 * environment input did not exist then) unless it planned other projects, so an open pull request
 * keeps its comment and its approval across the upgrade and the other targets of a matrix leave it alone.
 */
export function isForTarget(marker: CommentMarker, environment: string, namedByEnvironmentInput = false): boolean {
  if (marker.environment !== undefined) return marker.environment === environment;
  if (namedByEnvironmentInput) return false;
  if (environment === '' || Object.keys(marker.projects).length === 0) return true;
  return Object.hasOwn(marker.projects, environment);
}

function asSummary(value: unknown): PlanSummary | undefined {
  if (!isRecord(value)) return undefined;
  const counts = [value.create, value.update, value.delete];
  if (!counts.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) return undefined;
  return { create: value.create as number, update: value.update as number, delete: value.delete as number };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}
