/**
 * The workflow run's GitHub context, read from the runner's environment and event payload.
 * Pure: the environment and a file reader are handed in, so tests pass fixtures and nothing is read at import.
 */

import { isRecord } from '../model/records.ts';

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export interface PullRequestContext {
  readonly number: number;
  readonly headSha: string;
  readonly headRef: string;
  readonly baseSha: string;
  readonly baseRef: string;
  /** `owner/repo` of the head branch; undefined when the fork was deleted */
  readonly headRepoFullName: string | undefined;
  /** the head branch lives in another repository: GitHub gives such runs a read-only token */
  readonly isFork: boolean;
}

export interface PushContext {
  /** the commit the branch pointed at before the push (all zeros for a new branch) */
  readonly before: string;
  readonly after: string;
  readonly ref: string;
}

export interface GitHubContext {
  readonly eventName: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly repo: RepoRef;
  readonly sha: string;
  readonly ref: string;
  readonly runId: string;
  readonly runNumber: string;
  readonly runAttempt: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly workflow: string;
  readonly actor: string;
  readonly runUrl: string;
  readonly pullRequest?: PullRequestContext;
  readonly push?: PushContext;
}

export type Env = Readonly<Record<string, string | undefined>>;

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The sha GitHub puts in `before` when a push created the branch. */
export const NULL_SHA = '0000000000000000000000000000000000000000';

export function readGitHubContext(env: Env, readFile: (path: string) => string): GitHubContext {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const payload = readEventPayload(env['GITHUB_EVENT_PATH'], readFile);
  // Pull requests and pushes need the repository (comments, the previous manifest); a dispatch or a
  // schedule can plan and apply without it.
  const repo = readRepo(env['GITHUB_REPOSITORY'], payload, PULL_REQUEST_EVENTS.has(eventName) || eventName === 'push');
  const serverUrl = trimTrailingSlash(nonEmpty(env['GITHUB_SERVER_URL']) ?? 'https://github.com');
  const apiUrl = trimTrailingSlash(nonEmpty(env['GITHUB_API_URL']) ?? 'https://api.github.com');
  const runId = env['GITHUB_RUN_ID'] ?? '';

  const context: GitHubContext = {
    eventName,
    payload,
    repo,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    runId,
    runNumber: env['GITHUB_RUN_NUMBER'] ?? '',
    runAttempt: env['GITHUB_RUN_ATTEMPT'] ?? '',
    serverUrl,
    apiUrl,
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    actor: env['GITHUB_ACTOR'] ?? '',
    runUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`,
  };

  if (PULL_REQUEST_EVENTS.has(eventName)) {
    return { ...context, pullRequest: readPullRequest(payload, repo) };
  }
  if (eventName === 'push') {
    return { ...context, push: readPush(payload, context.sha, context.ref) };
  }
  return context;
}

function readEventPayload(
  eventPath: string | undefined,
  readFile: (path: string) => string,
): Readonly<Record<string, unknown>> {
  if (!nonEmpty(eventPath)) return {};
  let text: string;
  try {
    text = readFile(eventPath!);
  } catch (error) {
    throw new Error(`Cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${messageOf(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`The event payload at GITHUB_EVENT_PATH (${eventPath}) is not valid JSON: ${messageOf(error)}`);
  }
  if (!isRecord(parsed)) {
    throw new Error(`The event payload at GITHUB_EVENT_PATH (${eventPath}) is not a JSON object.`);
  }
  return parsed;
}

function readRepo(fullName: string | undefined, payload: Readonly<Record<string, unknown>>, required: boolean): RepoRef {
  const fromEnv = splitFullName(fullName);
  if (fromEnv) return fromEnv;
  const repository = payload['repository'];
  const fromPayload = isRecord(repository) ? splitFullName(stringAt(repository, 'full_name')) : undefined;
  if (fromPayload) return fromPayload;
  if (!required) return { owner: '', repo: '' };
  throw new Error(
    "Cannot tell which repository this run belongs to: GITHUB_REPOSITORY is not set to 'owner/repo' " +
      'and the event payload has no repository.',
  );
}

function readPullRequest(payload: Readonly<Record<string, unknown>>, repo: RepoRef): PullRequestContext {
  const pull = payload['pull_request'];
  if (!isRecord(pull)) {
    throw new Error('The event is a pull request, but its payload has no `pull_request` object.');
  }
  const head = recordAt(pull, 'head');
  const base = recordAt(pull, 'base');
  const number = pull['number'];
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) {
    throw new Error('The pull request payload has no valid `number`.');
  }
  const headRepo = head ? recordAt(head, 'repo') : undefined;
  const baseRepo = base ? recordAt(base, 'repo') : undefined;
  const headRepoFullName = headRepo ? stringAt(headRepo, 'full_name') : undefined;
  const baseRepoFullName = (baseRepo ? stringAt(baseRepo, 'full_name') : undefined) ?? `${repo.owner}/${repo.repo}`;
  return {
    number,
    headSha: (head ? stringAt(head, 'sha') : undefined) ?? '',
    headRef: (head ? stringAt(head, 'ref') : undefined) ?? '',
    baseSha: (base ? stringAt(base, 'sha') : undefined) ?? '',
    baseRef: (base ? stringAt(base, 'ref') : undefined) ?? '',
    headRepoFullName,
    // A deleted fork has no head repo; treat it as a fork, since its token is read-only too.
    isFork: headRepoFullName === undefined || headRepoFullName.toLowerCase() !== baseRepoFullName.toLowerCase(),
  };
}

function readPush(payload: Readonly<Record<string, unknown>>, sha: string, ref: string): PushContext {
  return {
    before: stringAt(payload, 'before') ?? NULL_SHA,
    after: stringAt(payload, 'after') ?? sha,
    ref: stringAt(payload, 'ref') ?? ref,
  };
}

function splitFullName(fullName: string | undefined): RepoRef | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName?.trim() ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

function recordAt(record: Readonly<Record<string, unknown>>, key: string): Record<string, unknown> | undefined {
  const value = record[key];
  return isRecord(value) ? value : undefined;
}

function stringAt(record: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

function trimTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
