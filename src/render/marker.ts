import { COMMENT_MARKER_PREFIX } from '../model/comment.ts';
import type { CommentMarker, CommentStatus } from '../model/comment.ts';
import type { PlanSummary } from '../model/plan.ts';

const STATUSES: readonly CommentStatus[] = ['planned', 'applying', 'applied', 'failed'];
const MARKER_SUFFIX = ' -->';

/**
 * `<!-- ory-actions-gitops {json} -->`. The JSON never contains `--`, `<`, `>` or `&`: inside
 * strings they become `\u` escapes (the only place JSON can hold them), so a hostile value can
 * neither close the HTML comment early nor open a new tag. Keys come in a fixed order.
 */
export function formatMarker(marker: CommentMarker): string {
  return `${COMMENT_MARKER_PREFIX}${markerJson(marker)}${MARKER_SUFFIX}`;
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

function validateMarker(data: unknown): CommentMarker | undefined {
  if (!isObject(data)) return undefined;
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

function asSummary(value: unknown): PlanSummary | undefined {
  if (!isObject(value)) return undefined;
  const counts = [value.create, value.update, value.delete];
  if (!counts.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) return undefined;
  return { create: value.create as number, update: value.update as number, delete: value.delete as number };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isObject(value) && Object.values(value).every((v) => typeof v === 'string');
}
