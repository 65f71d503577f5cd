/**
 * Errors from the GitHub REST API, mapped to messages a person can act on.
 * They never carry the token or request headers: only method, route, status and GitHub's own message.
 */

/** A permission the workflow's `permissions:` block can grant. */
export type GitHubPermission =
  | 'pull-requests: write'
  | 'pull-requests: read'
  | 'contents: read'
  | 'statuses: write'
  | 'issues: write'
  | 'issues: read';

export interface GitHubApiErrorDetails {
  readonly status: number;
  /** e.g. `PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}` */
  readonly route: string;
  /** GitHub's own `message`, when it sent one */
  readonly githubMessage?: string;
  readonly requestId?: string;
  readonly documentationUrl?: string;
}

export class GitHubApiError extends Error {
  readonly status: number;
  readonly route: string;
  readonly githubMessage?: string;
  readonly requestId?: string;
  readonly documentationUrl?: string;

  constructor(message: string, details: GitHubApiErrorDetails) {
    super(message);
    this.name = 'GitHubApiError';
    this.status = details.status;
    this.route = details.route;
    if (details.githubMessage !== undefined) this.githubMessage = details.githubMessage;
    if (details.requestId !== undefined) this.requestId = details.requestId;
    if (details.documentationUrl !== undefined) this.documentationUrl = details.documentationUrl;
  }
}

/**
 * The token may not do what was asked. Not a failure of the run by itself: the caller turns it into a
 * warning and puts the plan in the job summary instead (SPEC section 4).
 */
export class GitHubPermissionError extends GitHubApiError {
  readonly permission: GitHubPermission;

  constructor(message: string, details: GitHubApiErrorDetails & { permission: GitHubPermission }) {
    super(message, details);
    this.name = 'GitHubPermissionError';
    this.permission = details.permission;
  }
}

export function isGitHubPermissionError(error: unknown): error is GitHubPermissionError {
  return error instanceof GitHubPermissionError;
}
