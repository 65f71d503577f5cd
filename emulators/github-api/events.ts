/**
 * Event payloads as GitHub sends them to a workflow (the file at GITHUB_EVENT_PATH), for events whose shape
 * the tests must not guess: the merge queue's `merge_group`.
 */

export interface MergeGroupEventOptions {
  /** `owner/repo` */
  readonly repository: string;
  /** the queued pull request: the last one of the group, whose number GitHub puts in `head_ref` */
  readonly pullNumber: number;
  /** the merge group's commit (the queue's temporary branch) */
  readonly headSha: string;
  /** the commit of the target branch the group is built on */
  readonly baseSha: string;
  /** the target branch (default main) */
  readonly baseBranch?: string;
  readonly sender?: string;
  readonly timestamp?: string;
}

export interface MergeGroupEnvironment {
  /** what the runner sets for this event */
  readonly GITHUB_EVENT_NAME: 'merge_group';
  readonly GITHUB_SHA: string;
  readonly GITHUB_REF: string;
}

/**
 * The `merge_group` payload (action `checks_requested`). GitHub names the queue's branch
 * `gh-readonly-queue/<base branch>/pr-<number>-<sha of the group's parent>`.
 */
export function mergeGroupEvent(options: MergeGroupEventOptions): { payload: Record<string, unknown>; env: MergeGroupEnvironment } {
  const baseBranch = options.baseBranch ?? 'main';
  const headRef = `refs/heads/gh-readonly-queue/${baseBranch}/pr-${options.pullNumber}-${options.baseSha}`;
  const [owner, name] = options.repository.split('/');
  const sender = options.sender ?? 'octocat';
  const person = { name: sender, email: `${sender}@users.noreply.github.com` };
  return {
    payload: {
      action: 'checks_requested',
      merge_group: {
        head_sha: options.headSha,
        head_ref: headRef,
        base_sha: options.baseSha,
        base_ref: `refs/heads/${baseBranch}`,
        head_commit: {
          id: options.headSha,
          tree_id: options.headSha.split('').reverse().join(''),
          message: `Merge pull request #${options.pullNumber} from ${owner}/change-${options.pullNumber}`,
          timestamp: options.timestamp ?? '2024-01-02T00:00:00Z',
          author: person,
          committer: { name: 'GitHub', email: 'noreply@github.com' },
        },
      },
      repository: { name, full_name: options.repository, owner: { login: owner }, default_branch: baseBranch },
      sender: { login: sender, type: 'User' },
    },
    env: { GITHUB_EVENT_NAME: 'merge_group', GITHUB_SHA: options.headSha, GITHUB_REF: headRef },
  };
}
