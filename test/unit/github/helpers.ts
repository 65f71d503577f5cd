/** Shared setup for the GitHub edge tests: a seeded fake GitHub and a client pointed at it. */
import { startFakeGitHub, type FakeGitHub, type FakeToken, type SeedRepo } from '../../../emulators/github-api/index.ts';
import { createGitHubClient, type GitHubClientOptions } from '../../../src/github/client.ts';

export const TOKENS = {
  /** a workflow's GITHUB_TOKEN with pull-requests: write */
  actions: 'ghs_actionsWriteToken0001',
  /** a GITHUB_TOKEN with read-only pull requests (a fork PR, or default read permissions) */
  readOnly: 'ghs_readOnlyToken0002',
  /** a person's token */
  user: 'ghp_userToken0003',
  /** a GITHUB_TOKEN without contents: read */
  noContents: 'ghs_noContentsToken0004',
  /** a token that cannot see acme/identity */
  otherRepo: 'ghs_otherRepoToken0005',
  /** a GitHub App's installation token (actions/create-github-app-token): its comments are by ory-gitops[bot] */
  app: 'ghs_appInstallationToken0006',
} as const;

const installation = (permissions: FakeToken['permissions'], extra: Partial<FakeToken> = {}): FakeToken => ({
  login: 'github-actions[bot]',
  type: 'Bot',
  installation: true,
  permissions,
  ...extra,
});

export const FAKE_TOKENS: Record<string, FakeToken> = {
  [TOKENS.actions]: installation({ pull_requests: 'write', contents: 'read' }),
  [TOKENS.readOnly]: installation({ pull_requests: 'read', contents: 'read' }),
  [TOKENS.user]: { login: 'Octocat', type: 'User', permissions: { pull_requests: 'write', contents: 'read' } },
  [TOKENS.noContents]: installation({ pull_requests: 'write', contents: 'none' }),
  [TOKENS.otherRepo]: installation({ pull_requests: 'write', contents: 'read' }, { repositories: ['acme/other'] }),
  [TOKENS.app]: installation({ pull_requests: 'write', contents: 'read' }, { login: 'ory-gitops[bot]' }),
};

export const REPO = 'acme/identity';
export const PR_NUMBER = 42;

export function basicRepo(extra: SeedRepo = {}): SeedRepo {
  return {
    default_branch: 'main',
    pulls: [
      {
        number: PR_NUMBER,
        state: 'open',
        merged_at: null,
        merge_commit_sha: 'test-merge-sha',
        head: { sha: 'head-sha', ref: 'add-welcome' },
        base: { sha: 'base-sha', ref: 'main' },
        commits: ['head-sha'],
      },
    ],
    ...extra,
  };
}

export async function withFakeGitHub(
  repos: Record<string, SeedRepo>,
  body: (github: FakeGitHub) => Promise<void>,
): Promise<void> {
  const github = await startFakeGitHub({ tokens: FAKE_TOKENS, repos });
  try {
    await body(github);
  } finally {
    await github.close();
  }
}

/** A client on the fake, with waits recorded instead of slept. */
export function clientFor(github: FakeGitHub, token: string, extra: Partial<GitHubClientOptions> = {}) {
  const sleeps: number[] = [];
  const api = createGitHubClient({
    token,
    apiUrl: github.url,
    retry: { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000, maxTotalMs: 60_000 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 1,
    ...extra,
  });
  return { api, sleeps };
}

export function marker(fields: Record<string, unknown>): string {
  return `<!-- ory-actions-gitops ${JSON.stringify({
    fingerprint: 'sha256:aaaa',
    projects: { 'proj-1': 'rev-1' },
    head_sha: 'head-sha',
    status: 'planned',
    ...fields,
  })} -->`;
}
