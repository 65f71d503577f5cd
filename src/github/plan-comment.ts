/**
 * The one sticky plan comment per manifest on a pull request: found by its hidden marker, and only when the
 * token's own user wrote it (anyone can paste our marker into a comment of theirs).
 */
import { posix } from 'node:path';
import type { CommentMarker, CommentStatus } from '../model/comment.ts';
import type { GitHubApi, IssueComment } from './client.ts';

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;

const COMMENT_STATUSES: readonly CommentStatus[] = ['planned', 'applying', 'applied', 'failed'];

// Lazy: the first `}` followed by `-->` ends the JSON (the writer escapes `-`, `<`, `>` inside strings, so no value holds `-->`).
const MARKER_LINE = /^<!--\s*ory-actions-gitops\s+(\{.*?\})\s*-->/;

/**
 * The marker on a comment's first line, or undefined when there is none or it is malformed.
 * Tolerates surrounding whitespace and CRLF; every required field is checked.
 */
export function readMarker(body: string): CommentMarker | undefined {
  const firstLine = body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? '';
  const match = MARKER_LINE.exec(firstLine);
  if (!match) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(match[1]!);
  } catch {
    return undefined;
  }
  return validMarker(json);
}

/** `./ory-actions.yaml` and `ory-actions.yaml` name the same manifest. */
export function sameManifestPath(a: string, b: string): boolean {
  return normalizeManifestPath(a) === normalizeManifestPath(b);
}

function normalizeManifestPath(path: string): string {
  return posix.normalize(path.trim().replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
}

export interface PlanCommentTarget {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** the manifest path, as the marker holds it */
  readonly manifest: string;
  /** the token's own login (GitHubApi.authenticatedLogin) */
  readonly ownLogin: string;
}

export interface PlanComment {
  readonly id: number;
  readonly html_url: string;
  readonly body: string;
  readonly marker: CommentMarker;
  readonly created_at: string;
}

/** The newest comment of ours for this manifest, across every page; undefined when there is none. */
export async function findPlanComment(api: GitHubApi, target: PlanCommentTarget): Promise<PlanComment | undefined> {
  let newest: PlanComment | undefined;
  for await (const page of api.listIssueComments(target.owner, target.repo, target.issueNumber)) {
    for (const comment of page) {
      if (!isOurs(comment, target.ownLogin)) continue;
      const marker = readMarker(comment.body);
      if (!marker || !sameManifestPath(marker.manifest, target.manifest)) continue;
      if (!newest || isNewer(comment, newest)) {
        newest = { id: comment.id, html_url: comment.html_url, body: comment.body, marker, created_at: comment.created_at };
      }
    }
  }
  return newest;
}

export interface UpsertPlanComment extends PlanCommentTarget {
  readonly body: string;
  /** from an earlier findPlanComment: a comment to edit, or null when it found none; omitted: look it up here */
  readonly existing?: PlanComment | null;
}

export interface UpsertResult {
  readonly url: string;
  readonly id: number;
  readonly created: boolean;
}

/** Edits our comment in place, or creates it when there is none. Never a second comment for the same manifest. */
export async function upsertPlanComment(api: GitHubApi, request: UpsertPlanComment): Promise<UpsertResult> {
  if (request.body.length > MAX_COMMENT_LENGTH) {
    throw new Error(
      `The plan comment is ${request.body.length} characters; GitHub accepts at most ${MAX_COMMENT_LENGTH}. ` +
        'It must be cut before it is posted.',
    );
  }
  const existing = request.existing === undefined ? await findPlanComment(api, request) : request.existing;
  if (existing) {
    const updated = await api.updateIssueComment(request.owner, request.repo, existing.id, request.body);
    return { url: updated.html_url, id: updated.id, created: false };
  }
  const created = await api.createIssueComment(request.owner, request.repo, request.issueNumber, request.body);
  return { url: created.html_url, id: created.id, created: true };
}

function isOurs(comment: IssueComment, ownLogin: string): boolean {
  // GitHub logins are case-insensitive.
  return ownLogin !== '' && comment.user.login.toLowerCase() === ownLogin.toLowerCase();
}

function isNewer(comment: IssueComment, than: PlanComment): boolean {
  if (comment.created_at !== than.created_at) return comment.created_at > than.created_at;
  return comment.id > than.id;
}

function validMarker(value: unknown): CommentMarker | undefined {
  if (!isRecord(value)) return undefined;
  const { manifest, fingerprint, projects, head_sha, status } = value;
  if (typeof manifest !== 'string' || manifest.trim() === '') return undefined;
  if (typeof fingerprint !== 'string') return undefined;
  if (!isStringRecord(projects)) return undefined;
  if (typeof head_sha !== 'string') return undefined;
  if (typeof status !== 'string' || !(COMMENT_STATUSES as readonly string[]).includes(status)) return undefined;
  for (const key of ['run_id', 'run_url', 'failure_reason'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') return undefined;
  }
  if (value['changes'] !== undefined && !isStringRecord(value['changes'])) return undefined;
  if (value['summary'] !== undefined && !isSummary(value['summary'])) return undefined;
  return value as unknown as CommentMarker;
}

function isSummary(value: unknown): boolean {
  return (
    isRecord(value) &&
    (['create', 'update', 'delete'] as const).every((key) => Number.isInteger(value[key]) && (value[key] as number) >= 0)
  );
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((entry) => typeof entry === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
