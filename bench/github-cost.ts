/**
 * `npm run bench:github` (and the end of `npm run bench`): what each GitHub use of the action costs in GitHub API requests per run,
 * measured through the bundle against the fake GitHub API and the Ory emulator: a pull request's plan
 * (first and later), a plan that fails, a merge (alone, failing, and with other open pull requests
 * planned again), the merge queue, and the drift issue. Writes are the POST and PATCH requests that
 * change something (GraphQL's `viewer` query is a read). Prints a markdown table; the README's table
 * is checked against it by bench/github-cost.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeGroupEvent, startFakeGitHub, type FakeGitHub, installationToken } from '../emulators/github-api/index.ts';
import { startOryEmulator, type OryEmulator } from '../emulators/ory-network/index.ts';
import { makeWorkspace, runBundledAction, type RunResult } from '../test/support/action-runner.ts';
import { ROOT } from '../test/support/paths.ts';

const ORY_KEY = 'ory_wak_bench_github_cost_0123456789';
const TOKEN = 'ghs_bench_github_cost_token_0123456789';
const REPO = 'acme/identity';
const SEED = readFileSync(join(ROOT, 'examples', 'ory-actions.yaml'), 'utf8');
const MARKER = '<!-- ory-actions-gitops ';

export interface CostRow {
  readonly scenario: string;
  /** requests by route; writes are POST and PATCH */
  readonly byRoute: Readonly<Record<string, number>>;
  readonly total: number;
  readonly writes: number;
}

interface World {
  readonly ory: OryEmulator;
  readonly github: FakeGitHub;
  next: number;
}

const sha = (n: number, digit: string) => (digit + n.toString(16)).padEnd(40, digit).slice(0, 40);

function openPull(world: World, headFiles: Record<string, string> = {}) {
  const number = world.next++;
  const pull = { number, headSha: sha(number, '1'), baseSha: sha(number, '2'), mergeSha: sha(number, '9') };
  const repo = world.github.state.repos[REPO]!;
  repo.files[pull.baseSha] = {};
  repo.files[pull.headSha] = headFiles;
  repo.pulls.push({
    number,
    state: 'open',
    merged_at: null,
    merge_commit_sha: null,
    head: { sha: pull.headSha, ref: `b${number}`, repo_full_name: REPO },
    base: { sha: pull.baseSha, ref: 'main' },
    commits: [pull.headSha],
  });
  return pull;
}

function mergePull(world: World, number: number, mergeSha: string): void {
  const pull = world.github.state.repos[REPO]!.pulls.find((p) => p.number === number)!;
  pull.state = 'closed';
  pull.merged_at = '2024-01-02T00:00:00Z';
  pull.merge_commit_sha = mergeSha;
}

function closeAll(world: World): void {
  for (const pull of world.github.state.repos[REPO]!.pulls) pull.state = 'closed';
}

function ofRun(world: World, scenario: string): CostRow {
  const byRoute = world.github.countByRoute();
  const total = Object.values(byRoute).reduce((a, b) => a + b, 0);
  // GraphQL's `viewer` (who the token is) is a query, however it is sent
  const writes = world.github.requests.filter((r) => (r.method === 'POST' || r.method === 'PATCH') && r.route !== 'POST /graphql').length;
  return { scenario, byRoute, total, writes };
}

async function measured(world: World, scenario: string, run: () => Promise<RunResult>, expectCode = 0): Promise<CostRow> {
  world.github.resetRequests();
  const result = await run();
  if (result.code !== expectCode) throw new Error(`${scenario}: exit ${result.code}, expected ${expectCode}\n${result.log}`);
  return ofRun(world, scenario);
}

export async function measureGitHubCost(): Promise<CostRow[]> {
  const ory = await startOryEmulator({ workspaceKeys: [ORY_KEY] });
  const github = await startFakeGitHub({
    tokens: { [TOKEN]: installationToken({ pull_requests: 'write', contents: 'read' }) },
    repos: { [REPO]: { files: {} } },
  });
  const world: World = { ory, github, next: 500 };
  const rows: CostRow[] = [];
  try {
    const inputs = (projectId: string, extra: Record<string, string> = {}) => ({ 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'project-id': projectId, 'github-token': TOKEN, ...extra });
    const plan = (pull: ReturnType<typeof openPull>, projectId: string, extra: Record<string, string> = {}) =>
      runBundledAction({
        workspace: makeWorkspace({ 'ory-actions.yaml': SEED }),
        eventName: 'pull_request',
        payload: { number: pull.number, pull_request: { number: pull.number, head: { sha: pull.headSha, ref: 'x', repo: { full_name: REPO } }, base: { sha: pull.baseSha, ref: 'main', repo: { full_name: REPO } } }, repository: { full_name: REPO } },
        sha: pull.mergeSha,
        githubApiUrl: github.url,
        inputs: inputs(projectId, extra),
      });
    const push = (pull: ReturnType<typeof openPull>, projectId: string) =>
      runBundledAction({
        workspace: makeWorkspace({ 'ory-actions.yaml': SEED }),
        eventName: 'push',
        payload: { before: pull.baseSha, after: pull.mergeSha, ref: 'refs/heads/main', repository: { full_name: REPO } },
        sha: pull.mergeSha,
        githubApiUrl: github.url,
        inputs: inputs(projectId),
      });

    // A pull request: the first plan, a later one, one that cannot plan.
    const projectId = ory.addProject();
    const pull = openPull(world);
    rows.push(await measured(world, 'pull request: first plan', () => plan(pull, projectId)));
    rows.push(await measured(world, 'pull request: a later plan', () => plan(pull, projectId)));
    rows.push(await measured(world, 'pull request: the plan fails (Ory refuses the key)', () => plan(pull, projectId, { 'ory-api-key': 'ory_wak_wrong_0000000000' }), 1));

    // The merge queue.
    const group = sha(pull.number, '7');
    github.state.repos[REPO]!.commits.push(group);
    const event = mergeGroupEvent({ repository: REPO, pullNumber: pull.number, headSha: group, baseSha: pull.baseSha });
    rows.push(
      await measured(world, 'merge queue: the queued plan is checked', () =>
        runBundledAction({ workspace: makeWorkspace({ 'ory-actions.yaml': SEED }), eventName: 'merge_group', payload: event.payload, sha: group, env: { GITHUB_REF: event.env.GITHUB_REF }, githubApiUrl: github.url, inputs: inputs(projectId) }),
      ),
    );

    // A merge with no other open pull request.
    mergePull(world, pull.number, pull.mergeSha);
    rows.push(await measured(world, 'merge: applied, no other open pull request', () => push(pull, projectId)));

    // A merge that fails to apply: the status and a new comment.
    const failing = ory.addProject();
    const failingPull = openPull(world);
    await plan(failingPull, failing);
    mergePull(world, failingPull.number, failingPull.mergeSha);
    ory.injectFault({ match: 'patch', projectId: failing, status: 503, times: 10 });
    rows.push(await measured(world, 'merge: the apply fails (a new comment)', () => push(failingPull, failing), 1));
    ory.clearFaults();

    // Merges with K other open pull requests that have a plan comment.
    for (const others of [3, 21]) {
      closeAll(world);
      const target = ory.addProject();
      const merged = openPull(world);
      await plan(merged, target);
      for (let i = 0; i < others; i++) {
        const other = openPull(world, { 'ory-actions.yaml': SEED });
        github.addComment(REPO, {
          issue_number: other.number,
          user: { login: 'github-actions[bot]', type: 'Bot' },
          body: `${MARKER}${JSON.stringify({ manifest: 'ory-actions.yaml', fingerprint: 'sha256:older', projects: {}, head_sha: other.headSha, status: 'planned' })} -->\n\nold plan\n\n📝 **Planned** <!-- ory-actions-status -->\n`,
        });
      }
      // one more open pull request without a plan comment
      openPull(world);
      mergePull(world, merged.number, merged.mergeSha);
      rows.push(await measured(world, `merge: applied, ${others} other open pull requests with a plan comment (+1 without)`, () => push(merged, target)));
    }

    // The drift issue: opened, updated, closed.
    const drifting = ory.addProject();
    const schedule = () =>
      runBundledAction({ workspace: makeWorkspace({ 'ory-actions.yaml': SEED }), eventName: 'schedule', payload: { repository: { full_name: REPO } }, githubApiUrl: github.url, inputs: inputs(drifting) });
    rows.push(await measured(world, 'schedule: drift, the issue is opened', schedule, 1));
    rows.push(await measured(world, 'schedule: drift, the issue is updated', schedule, 1));
    await runBundledAction({ workspace: makeWorkspace({ 'ory-actions.yaml': SEED }), eventName: 'workflow_dispatch', inputs: inputs(drifting) });
    rows.push(await measured(world, 'schedule: in sync, the issue is closed', schedule));
    rows.push(await measured(world, 'schedule: in sync, no issue', schedule));
  } finally {
    await ory.close();
    await github.close();
  }
  return rows;
}

const SHORT_ROUTES: Readonly<Record<string, string>> = {
  'GET /user': 'user',
  'POST /graphql': 'viewer',
  'GET /repos/{owner}/{repo}/issues/{n}/comments': 'list comments',
  'POST /repos/{owner}/{repo}/issues/{n}/comments': 'new comment',
  'PATCH /repos/{owner}/{repo}/issues/comments/{id}': 'edit comment',
  'GET /repos/{owner}/{repo}/commits/{sha}/pulls': 'merged PR',
  'GET /repos/{owner}/{repo}/contents/{path}': 'contents',
  'GET /repos/{owner}/{repo}/pulls': 'open PRs',
  'POST /repos/{owner}/{repo}/statuses/{sha}': 'status',
  'GET /repos/{owner}/{repo}/issues': 'list issues',
  'POST /repos/{owner}/{repo}/issues': 'new issue',
  'PATCH /repos/{owner}/{repo}/issues/{n}': 'edit issue',
};

/** One markdown row per scenario: total, writes, and requests by route. */
export function renderCostTable(rows: readonly CostRow[]): string {
  const lines = ['| run | GitHub requests | of them writes | by route |', '| --- | --- | --- | --- |'];
  for (const row of rows) {
    const routes = Object.entries(row.byRoute)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([route, count]) => `${SHORT_ROUTES[route] ?? route} ${count}`)
      .join(', ');
    lines.push(`| ${row.scenario} | ${row.total} | ${row.writes} | ${routes} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureGitHubCost();
  process.stdout.write(`${renderCostTable(rows)}\n`);
}
