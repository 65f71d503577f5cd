/**
 * The one sticky plan comment per manifest and target on a pull request: found by its hidden marker, and only
 * when the token's own user wrote it (anyone can paste our marker into a comment of theirs). Each target
 * finds only its own comment, so the jobs of a matrix, running at once, never edit each other's.
 */
import { posix } from 'node:path';
import { COMMENT_MAX_LENGTH } from '../model/comment.ts';
import { isForTarget, readMarker, type CommentMarker } from '../model/marker.ts';
import type { GitHubApi, IssueComment } from './client.ts';

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
  /** the target's name (targetName), as the marker's `environment` holds it; '' for the manifest itself */
  readonly environment: string;
  /** true when the `environment` input named the target (then no marker from before targets is its own: isForTarget) */
  readonly namedByEnvironmentInput?: boolean;
  /** the token's own login (GitHubApi.authenticatedLogin); a promise lets the first page be requested meanwhile */
  readonly ownLogin: string | PromiseLike<string>;
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
  // A listing that fails first must not leave a failed login lookup unhandled: it surfaces below or not at all.
  Promise.resolve(target.ownLogin).catch(() => undefined);
  let newest: PlanComment | undefined;
  let ownLogin: string | undefined;
  for await (const page of api.listIssueComments(target.owner, target.repo, target.issueNumber)) {
    ownLogin ??= await target.ownLogin;
    for (const comment of page) {
      if (!isOurs(comment, ownLogin)) continue;
      const marker = readMarker(comment.body);
      if (!marker || !sameManifestPath(marker.manifest, target.manifest) || !isForTarget(marker, target.environment, target.namedByEnvironmentInput)) continue;
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
  if (request.body.length > COMMENT_MAX_LENGTH) {
    throw new Error(
      `The plan comment is ${request.body.length} characters; GitHub accepts at most ${COMMENT_MAX_LENGTH}. ` +
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
