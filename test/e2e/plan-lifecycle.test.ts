/**
 * Plans that stay true, end to end through the bundle against the fake GitHub API and the Ory emulator:
 * commit statuses, a plan that no longer stands, approvals a failure cannot mint, partial applies, failure
 * notices, re-plans of other open pull requests after a merge, the merge queue, and the drift issue.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { mergeGroupEvent, startFakeGitHub, type FakeGitHub, installationToken } from '../../emulators/github-api/index.ts';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { makeWorkspace, NODE_24, runBundledAction, type RunResult } from '../support/action-runner.ts';
import { ROOT } from '../support/paths.ts';

const ORY_KEY = 'ory_wak_lifecycle_0123456789abcdef';
const HOOK_SECRET = 'hook-secret-Zq8vX3kP9wLm2';
const TOKENS = {
  write: 'ghs_lifecycle_write_token_0001',
  readOnly: 'ghs_lifecycle_read_only_0002',
  statusesOnly: 'ghs_lifecycle_statuses_0003',
  noIssues: 'ghs_lifecycle_no_issues_0004',
};
const REPO = 'acme/identity';
const SEED = readFileSync(join(ROOT, 'examples', 'ory-actions.yaml'), 'utf8');
const SECRET_MANIFEST = `${SEED}
  secret_hook:
    flow: registration
    timing: after
    auth_method: password
    url: https://hooks.example.com/secret
    auth:
      type: api_key
      name: X-Api-Key
      value: \${{ env.HOOK_KEY }}
      in: header
`;
const MARKER = '<!-- ory-actions-gitops ';

let ory: OryEmulator;
let github: FakeGitHub;
let next = 300;

before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [ORY_KEY] });
  github = await startFakeGitHub({
    tokens: {
      [TOKENS.write]: installationToken({ pull_requests: 'write', contents: 'read' }),
      // a fork's pull_request token: read-only everywhere
      [TOKENS.readOnly]: installationToken({ pull_requests: 'read', contents: 'read', statuses: 'read', issues: 'read' }),
      [TOKENS.statusesOnly]: installationToken({ pull_requests: 'read', contents: 'read', statuses: 'write', issues: 'read' }),
      [TOKENS.noIssues]: installationToken({ pull_requests: 'write', contents: 'read', issues: 'read' }),
    },
    repos: { [REPO]: { files: {} } },
  });
});
after(async () => {
  await ory.close();
  await github.close();
});

const sha = (n: number, digit: string) => (digit + n.toString(16)).padEnd(40, digit).slice(0, 40);

interface Pr {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly mergeSha: string;
  readonly projectId: string;
}

/** An open pull request whose head commit holds `headFiles` (read by re-plans) and whose base holds `baseManifest`. */
function openPr(projectId: string, o: { baseManifest?: string; headFiles?: Record<string, string>; fork?: string } = {}): Pr {
  const number = next++;
  const pr = { number, headSha: sha(number, '1'), baseSha: sha(number, '2'), mergeSha: sha(number, '9'), projectId };
  const repo = github.state.repos[REPO]!;
  repo.files[pr.baseSha] = o.baseManifest ? { 'ory-actions.yaml': o.baseManifest } : {};
  repo.files[pr.headSha] = o.headFiles ?? {};
  repo.pulls.push({
    number,
    state: 'open',
    merged_at: null,
    merge_commit_sha: null,
    head: { sha: pr.headSha, ref: `change-${number}`, repo_full_name: o.fork ?? REPO },
    base: { sha: pr.baseSha, ref: 'main' },
    commits: [pr.headSha],
    created_at: new Date(Date.UTC(2024, 0, 1, 0, 0, number)).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  return pr;
}

/** Closes every open pull request, so a test's re-plans see only its own. */
function closeAllOpen(): void {
  for (const pull of github.state.repos[REPO]!.pulls) if (pull.state === 'open') pull.state = 'closed';
}

function merge(pr: Pr): void {
  const pull = github.state.repos[REPO]!.pulls.find((p) => p.number === pr.number)!;
  pull.state = 'closed';
  pull.merged_at = '2024-01-02T00:00:00Z';
  pull.merge_commit_sha = pr.mergeSha;
  (pull.commits as string[]).push(pr.mergeSha);
}

const baseInputs = (pr: Pr, token = TOKENS.write) => ({ 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'project-id': pr.projectId, 'github-token': token });

function runPlan(pr: Pr, manifest: string, o: { token?: string; inputs?: Record<string, string>; fork?: string; files?: Record<string, string>; node?: string } = {}): Promise<RunResult> {
  return runBundledAction({
    ...(o.node ? { node: o.node } : {}),
    workspace: makeWorkspace({ 'ory-actions.yaml': manifest, ...o.files }),
    eventName: 'pull_request',
    payload: {
      action: 'synchronize',
      number: pr.number,
      pull_request: {
        number: pr.number,
        head: { sha: pr.headSha, ref: `change-${pr.number}`, repo: { full_name: o.fork ?? REPO } },
        base: { sha: pr.baseSha, ref: 'main', repo: { full_name: REPO } },
      },
      repository: { full_name: REPO },
    },
    sha: pr.mergeSha,
    githubApiUrl: github.url,
    env: { HOOK_KEY: HOOK_SECRET },
    inputs: { ...baseInputs(pr, o.token), ...o.inputs },
  });
}

function runMerge(pr: Pr, manifest: string, o: { inputs?: Record<string, string>; token?: string; node?: string } = {}): Promise<RunResult> {
  return runBundledAction({
    ...(o.node ? { node: o.node } : {}),
    workspace: makeWorkspace({ 'ory-actions.yaml': manifest }),
    eventName: 'push',
    payload: { before: pr.baseSha, after: pr.mergeSha, ref: 'refs/heads/main', repository: { full_name: REPO } },
    sha: pr.mergeSha,
    githubApiUrl: github.url,
    env: { HOOK_KEY: HOOK_SECRET },
    inputs: { ...baseInputs(pr, o.token), ...o.inputs },
  });
}

const context = (projectId: string) => `ory-actions/ory-actions.yaml (${projectId})`;
const ours = (pr: Pr) => github.commentsOf(REPO, pr.number).filter((c) => c.user.login === 'github-actions[bot]' && c.body.startsWith(MARKER));
const notices = (pr: Pr) => github.commentsOf(REPO, pr.number).filter((c) => c.body.startsWith('<!-- ory-actions-gitops-notice '));
const markerOf = (body: string): Record<string, any> =>
  JSON.parse(body.slice(MARKER.length, body.indexOf(' -->')).replace(/\\u002d/g, '-').replace(/\\u003c/g, '<').replace(/\\u003e/g, '>').replace(/\\u0026/g, '&'));
const statusesOn = (headSha: string, projectId: string) => github.statusesOf(REPO, headSha).filter((s) => s.context === context(projectId));

function ok(result: RunResult): void {
  assert.equal(result.code, 0, `exit ${result.code}\n${result.log}\n${result.stderr}`);
}

/** No secret of these tests in anything GitHub shows: comments, statuses, issues; in clear, base64 or JSON-escaped. */
function assertNoSecretOnGitHub(extra: RunResult[] = []): void {
  const repo = github.state.repos[REPO]!;
  const shown = JSON.stringify([repo.comments.map((c) => c.body), repo.statuses.map((s) => s.description), repo.issues.map((i) => [i.title, i.body])]);
  for (const secret of [HOOK_SECRET, ORY_KEY, ...Object.values(TOKENS)]) {
    for (const form of [secret, Buffer.from(secret).toString('base64').replace(/=+$/, ''), JSON.stringify(secret).slice(1, -1)]) {
      assert.ok(!shown.includes(form), `a secret (${secret.slice(0, 6)}…) shows on GitHub`);
      for (const result of extra) assert.ok(!result.summary.includes(form), 'a secret shows in the job summary');
    }
  }
}

describe('commit status and a plan that no longer stands', () => {
  test('a PR run sets pending, then success with the summary line, on the head commit', async () => {
    const pr = openPr(ory.addProject());
    ok(await runPlan(pr, SEED));
    const statuses = statusesOn(pr.headSha, pr.projectId);
    assert.deepEqual(statuses.map((s) => s.state), ['pending', 'success']);
    assert.equal(statuses[1]!.description, 'Plan: 4 to create, 0 to update, 0 to delete.');
    assert.equal(statuses[1]!.target_url, 'https://github.com/acme/identity/actions/runs/4242');
  });

  test('a target named by the environment input has its own status context', async () => {
    const pr = openPr(ory.addProject());
    ok(await runPlan(pr, SEED, { inputs: { environment: 'staging' } }));
    const statuses = github.statusesOf(REPO, pr.headSha).filter((s) => s.context === 'ory-actions/ory-actions.yaml (staging)');
    assert.deepEqual(statuses.map((s) => s.state), ['pending', 'success']);
    assert.equal(markerOf(ours(pr)[0]!.body).environment, 'staging');
  });

  test('status-check: false sets no status', async () => {
    const pr = openPr(ory.addProject());
    ok(await runPlan(pr, SEED, { inputs: { 'status-check': 'false' } }));
    assert.deepEqual(github.statusesOf(REPO, pr.headSha), []);
  });

  test('a run that cannot plan marks the comment (a line at the top, the old plan folded, the approval kept) and fails the status', async () => {
    const pr = openPr(ory.addProject());
    ok(await runPlan(pr, SECRET_MANIFEST));
    const approved = markerOf(ours(pr)[0]!.body);
    const wrongKey = 'ory_wak_wrong_key_1234567890';
    const failed = await runPlan(pr, SECRET_MANIFEST, { inputs: { 'ory-api-key': wrongKey } });
    assert.equal(failed.code, 1);
    assert.equal(failed.outputs['failure-reason'], 'ory-auth');
    const [comment] = ours(pr);
    assert.equal(ours(pr).length, 1, 'edited, not duplicated');
    const marker = markerOf(comment!.body);
    assert.equal(marker.fingerprint, approved.fingerprint, 'a failure never replaces the approved plan');
    assert.deepEqual(marker.project_fingerprints, approved.project_fingerprints);
    assert.equal(marker.status, 'failed');
    assert.equal(marker.failure_reason, 'ory-auth');
    assert.match(comment!.body.split('\n').slice(1, 6).join('\n'), /The plan shown is not current/);
    assert.match(comment!.body, /<details><summary>The last plan \(made at [0-9a-f]{7}\), no longer current<\/summary>[\s\S]*Plan: 5 to create/);
    assert.match(failed.summary, /Ory refused the API key/);
    assert.deepEqual(statusesOn(pr.headSha, pr.projectId).map((s) => s.state), ['pending', 'success', 'pending', 'failure']);
    assert.match(statusesOn(pr.headSha, pr.projectId).at(-1)!.description!, /ory-auth/);
    assert.ok(!comment!.body.includes(wrongKey));
    assertNoSecretOnGitHub([failed]);
  });

  test('an invalid manifest after a good plan: the comment says why above the old plan, the status fails', async () => {
    const pr = openPr(ory.addProject());
    ok(await runPlan(pr, SEED));
    const fingerprint = markerOf(ours(pr)[0]!.body).fingerprint;
    const broken = await runPlan(pr, SEED.replace('flow: login', 'flow: logn'));
    assert.equal(broken.outputs['failure-reason'], 'invalid-manifest');
    const [comment] = ours(pr);
    assert.equal(markerOf(comment!.body).fingerprint, fingerprint);
    assert.match(comment!.body, /The manifest has 1 error/);
    assert.match(comment!.body, /ory-actions\.yaml:\d+:\d+/);
    assert.match(comment!.body, /The last plan/);
    const last = statusesOn(pr.headSha, pr.projectId).at(-1)!;
    assert.equal(last.state, 'failure');
    assert.match(last.description!, /Invalid manifest: 1 error/);
  });

  test('a fork PR with a read-only token: the plan in the summary, warnings for the comment and the status, no failure', async () => {
    const pr = openPr(ory.addProject(), { fork: 'stranger/identity' });
    const result = await runPlan(pr, SEED, { token: TOKENS.readOnly, fork: 'stranger/identity' });
    ok(result);
    assert.match(result.log, /::warning::.*pull-requests: write/);
    assert.match(result.log, /::warning::.*statuses: write/);
    assert.equal(result.log.split('\n').filter((line) => line.startsWith('::warning::') && line.includes('statuses: write')).length, 1, 'one warning, not one per status');
    assert.match(result.summary, /Plan: 4 to create/);
    assert.equal(ours(pr).length, 0);
    assert.deepEqual(github.statusesOf(REPO, pr.headSha), []);
  });

  test('a token with statuses: write but no comment rights still sets the status', async () => {
    const pr = openPr(ory.addProject(), { fork: 'stranger/identity' });
    const result = await runPlan(pr, SEED, { token: TOKENS.statusesOnly, fork: 'stranger/identity' });
    ok(result);
    assert.match(result.log, /::warning::.*pull-requests: write/);
    assert.deepEqual(statusesOn(pr.headSha, pr.projectId).map((s) => s.state), ['pending', 'success']);
  });
});

describe('on Node 24, the runner\'s runtime', () => {
  test('status, a failed merge\'s notice, its re-run and the re-plan of another pull request', async () => {
    closeAllOpen();
    const projectId = ory.addProject();
    const pr = openPr(projectId);
    const other = openPr(projectId, { headFiles: { 'ory-actions.yaml': SEED.replace('/webhooks/audit', '/webhooks/audit-2') } });
    ok(await runPlan(pr, SEED, { node: NODE_24 }));
    ok(await runPlan(other, SEED.replace('/webhooks/audit', '/webhooks/audit-2'), { node: NODE_24 }));
    assert.deepEqual(statusesOn(pr.headSha, projectId).map((s) => s.state), ['pending', 'success']);
    merge(pr);
    ory.injectFault({ match: 'patch', projectId, status: 503, times: 10 });
    const failed = await runMerge(pr, SEED, { node: NODE_24 });
    ory.clearFaults();
    assert.equal(failed.outputs['failure-reason'], 'ory-unavailable');
    assert.equal(notices(pr).length, 1);
    const rerun = await runMerge(pr, SEED, { node: NODE_24 });
    ok(rerun);
    assert.equal(markerOf(ours(pr)[0]!.body).status, 'applied');
    assert.match(ours(other)[0]!.body, /Planned again after #\d+ merged/);
  });
});

describe('approval and partial apply', () => {
  test('plan-changed at merge keeps the approved fingerprint; re-running the job still refuses; a new comment says what failed', async () => {
    const projectId = ory.addProject();
    const pr = openPr(projectId);
    ok(await runPlan(pr, SEED));
    const approved = markerOf(ours(pr)[0]!.body);
    ory.editConfig(projectId, (config: any) => {
      config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://api.example.com/webhooks/validate', method: 'POST', can_interrupt: false } });
    });
    merge(pr);
    const writes = ory.writes;
    const first = await runMerge(pr, SEED);
    assert.equal(first.outputs['failure-reason'], 'plan-changed', first.log);
    assert.equal(first.outputs.applied, 'false');
    const marker = markerOf(ours(pr)[0]!.body);
    assert.equal(marker.fingerprint, approved.fingerprint, 'the marker still holds the reviewed plan');
    assert.equal(marker.status, 'failed');
    assert.match(ours(pr)[0]!.body, /Plan: 4 to create/, 'the approved plan stays visible');
    const [notice] = notices(pr);
    assert.ok(notice, 'a new comment notifies the pull request');
    assert.match(notice!.body, /was not applied/);
    assert.match(notice!.body, /plan-changed/);
    assert.match(notice!.body, /Re-run the failed job/);
    assert.match(notice!.body, /workflow_dispatch/);
    assert.match(notice!.body, /follow-up pull request/);
    assert.match(notice!.body, new RegExp(`\\[the plan comment\\]\\(${ours(pr)[0]!.html_url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));

    const rerun = await runMerge(pr, SEED);
    assert.equal(rerun.outputs['failure-reason'], 'plan-changed', 'a failure cannot mint an approval');
    assert.equal(ory.writes, writes, 'nothing unreviewed was written');
    assert.equal(notices(pr).length, 2);
  });

  test('the review\'s reproduction: with prune, a Console hook added after approval is never deleted by re-running the failed merge', async () => {
    const projectId = ory.addProject();
    const pruning = `prune: true\n${SEED}`;
    const pr = openPr(projectId);
    ok(await runPlan(pr, pruning));
    ory.editConfig(projectId, (config: any) => {
      config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://console.example.com/added-by-hand', method: 'POST' } });
    });
    merge(pr);
    const writes = ory.writes;
    const first = await runMerge(pr, pruning);
    assert.equal(first.outputs['failure-reason'], 'plan-changed');
    const second = await runMerge(pr, pruning);
    assert.equal(second.outputs['failure-reason'], 'plan-changed', 'the failed run minted no approval');
    assert.equal(ory.writes, writes);
    const login = (ory.project(projectId).services.identity.config as any).selfservice.flows.login.before.hooks;
    assert.ok(login.some((h: any) => h.config?.url === 'https://console.example.com/added-by-hand'), 'the Console hook is still there');
  });

  test('two projects, one fails: the other is applied, applied is true, and re-running finishes only what was approved', async () => {
    const first = ory.addProject();
    const second = ory.addProject();
    const manifest = `${SEED}\n  elsewhere:\n    project_id: ${second}\n    flow: registration\n    timing: after\n    auth_method: password\n    url: https://hooks.example.com/elsewhere\n`;
    const pr = openPr(first);
    ok(await runPlan(pr, manifest));
    const approved = markerOf(ours(pr)[0]!.body);
    assert.deepEqual(Object.keys(approved.project_fingerprints).sort(), [first, second].sort());
    merge(pr);
    ory.injectFault({ match: 'patch', projectId: second, status: 503, times: 10 });
    const partial = await runMerge(pr, manifest);
    ory.clearFaults();
    assert.equal(partial.code, 1);
    assert.equal(partial.outputs.applied, 'true', 'something was written');
    assert.equal(partial.outputs['failure-reason'], 'ory-unavailable', partial.log);
    const planJson = JSON.parse(partial.planJson!);
    assert.deepEqual(
      planJson.apply.projects.map((p: any) => [p.projectId, p.outcome, p.reason ?? '']).sort(),
      [[first, 'applied', ''], [second, 'failed', 'ory-unavailable']].sort(),
    );
    assert.match(partial.summary, new RegExp(`\\| \`${first}\` \\| ✅ applied`));
    assert.match(partial.summary, new RegExp(`\\| \`${second}\` \\| ❌ failed \\(\`ory-unavailable\`\\)`));
    const marker = markerOf(ours(pr)[0]!.body);
    assert.equal(marker.fingerprint, approved.fingerprint);
    assert.deepEqual(marker.project_outcomes, { [first]: 'applied', [second]: 'failed' });
    assert.match(ours(pr)[0]!.body, new RegExp(`Per project: applied ${first}; failed ${second}\\.`));
    assert.match(notices(pr)[0]!.body, /was only partly applied/);

    const writes = ory.writes;
    const rerun = await runMerge(pr, manifest);
    ok(rerun);
    assert.equal(rerun.outputs.applied, 'true');
    assert.equal(ory.writes, writes + 1, 'only the project that failed is written');
    assert.equal(markerOf(ours(pr)[0]!.body).status, 'applied');
    assert.equal(notices(pr).length, 2);
    assert.match(notices(pr)[1]!.body, /the merge of #\d+ is now applied/, 'those told of the failure are told of the end');
    const hooks = (ory.project(second).services.identity.config as any).selfservice.flows.registration.after.password.hooks;
    assert.ok(hooks.some((h: any) => h.config?.url === 'https://hooks.example.com/elsewhere'));

    // Spent: someone removes a hook in the Console; the same job again does not put it back.
    ory.editConfig(second, (config: any) => {
      config.selfservice.flows.registration.after.password.hooks = config.selfservice.flows.registration.after.password.hooks.filter((h: any) => h.config?.url !== 'https://hooks.example.com/elsewhere');
    });
    const spent = await runMerge(pr, manifest);
    assert.equal(spent.outputs['failure-reason'], 'no-approved-plan', spent.log);
    assert.equal(ory.writes, writes + 1, 'an applied approval never approves another write');
  });

  test('a merge with a read-only token applies the approved plan; the comment, re-plans and statuses only warn', async () => {
    closeAllOpen();
    const projectId = ory.addProject();
    const pr = openPr(projectId);
    const other = openPr(projectId, { headFiles: { 'ory-actions.yaml': SEED } });
    ok(await runPlan(pr, SEED));
    ok(await runPlan(other, SEED.replace('/webhooks/audit', '/webhooks/audit-2')));
    merge(pr);
    const result = await runMerge(pr, SEED, { token: TOKENS.readOnly });
    ok(result);
    assert.equal(result.outputs.applied, 'true');
    assert.match(result.log, /::warning::.*pull-requests: write/);
    assert.match(result.log, /::warning::.*statuses: write/);
    assert.equal(markerOf(ours(pr)[0]!.body).status, 'planned', 'the comment could not be edited');
  });

  test('a lost answer whose write Ory kept counts as applied', async () => {
    const projectId = ory.addProject();
    const pr = openPr(projectId);
    ok(await runPlan(pr, SEED));
    merge(pr);
    ory.injectFault({ match: 'patch', projectId, drop: true, afterApply: true, times: 10 });
    const result = await runMerge(pr, SEED);
    ory.clearFaults();
    ok(result);
    assert.equal(result.outputs.applied, 'true');
    assert.equal(markerOf(ours(pr)[0]!.body).status, 'applied');
  });
});

describe('re-plans after a merge', () => {
  test('other open PRs: a changed plan is made again (a fork PR too), an invalid head manifest fails its status, an unchanged plan only gets its freshness; Ory is only read', async () => {
    closeAllOpen();
    const projectId = ory.addProject();
    const other = `${SEED}\n  extra:\n    flow: registration\n    timing: after\n    auth_method: password\n    url: https://hooks.example.com/extra\n    body_file: bodies/extra.jsonnet\n`;
    const bodies = { 'bodies/extra.jsonnet': 'function(ctx) { id: ctx.identity.id }\n' };
    const merged = openPr(projectId);
    const same = openPr(projectId, { headFiles: { 'ory-actions.yaml': SEED } });
    const changed = openPr(projectId, { headFiles: { 'ory-actions.yaml': other, ...bodies }, fork: 'stranger/identity' });
    const broken = openPr(projectId, { headFiles: { 'ory-actions.yaml': SEED } });
    const noComment = openPr(projectId, { headFiles: { 'ory-actions.yaml': SEED } });
    ok(await runPlan(merged, SEED));
    ok(await runPlan(changed, other, { files: bodies }));
    ok(await runPlan(broken, SEED));
    // the broken PR's next push breaks its manifest, but its run has not happened yet
    github.state.repos[REPO]!.files[broken.headSha] = { 'ory-actions.yaml': SEED.replace('timing: before', 'timing: bfore') };
    merge(merged);
    github.resetRequests();
    const writesBefore = ory.writes;
    const result = await runMerge(merged, SEED);
    ok(result);
    assert.equal(ory.writes, writesBefore + 1, 'the merge writes once; re-plans never write');
    assert.ok(ory.requests.filter((r) => r.method === 'GET').length >= 1);

    assert.equal(ours(noComment).length, 0, 'a PR without a plan comment is left alone');
    assert.deepEqual(github.statusesOf(REPO, noComment.headSha), []);
    assert.equal(ours(same).length, 0, 'never planned: no comment, nothing to re-plan');

    const changedComment = ours(changed)[0]!;
    assert.match(changedComment.body, /Planned again after #\d+ merged/);
    assert.match(changedComment.body, /Plan: 1 to create, 0 to update, 0 to delete\./, 'the merged hooks exist now: only `extra` is left');
    assert.equal(markerOf(changedComment.body).head_sha, changed.headSha);
    assert.equal(statusesOn(changed.headSha, projectId).at(-1)!.description, 'Plan: 1 to create, 0 to update, 0 to delete.');

    const brokenComment = ours(broken)[0]!;
    assert.match(brokenComment.body, /The manifest has 1 error/);
    assert.equal(statusesOn(broken.headSha, projectId).at(-1)!.state, 'failure');
    assert.match(result.summary, new RegExp(`#${broken.number}: invalid manifest at its head`));
    assert.match(result.summary, new RegExp(`#${changed.number}: plan changed`));

    const counts = github.countByRoute();
    assert.equal(counts['GET /repos/{owner}/{repo}/pulls'], 1);
    assertNoSecretOnGitHub([result]);

    // The changed PR re-planned again with nothing new merged: the plan is the same, only its freshness moves.
    const again = openPr(projectId);
    ok(await runPlan(again, SEED.replace('https://api.example.com/webhooks/audit', 'https://api.example.com/webhooks/audit-v3')));
    merge(again);
    ok(await runMerge(again, SEED.replace('https://api.example.com/webhooks/audit', 'https://api.example.com/webhooks/audit-v3')));
    const fresh = ours(changed)[0]!;
    assert.match(fresh.body, new RegExp(`Still current after #${again.number} merged`));
    assert.equal(markerOf(fresh.body).fingerprint, markerOf(changedComment.body).fingerprint);
    assert.equal(markerOf(fresh.body).checked_sha, again.mergeSha);
  });

  test('environments: a staging merge plans again only the staging plans of other pull requests', async () => {
    closeAllOpen();
    const staging = ory.addProject();
    const production = ory.addProject();
    const manifest = (url: string) =>
      `environments:\n  staging:\n    project_id: ${staging}\n  production:\n    project_id: ${production}\nactions:\n  welcome:\n    flow: registration\n    timing: after\n    auth_method: password\n    url: ${url}\n`;
    const inEnv = (environment: string) => ({ 'project-id': '', environment });
    const merged = openPr(staging);
    const other = openPr(staging, { headFiles: { 'ory-actions.yaml': manifest('https://hooks.example.com/other') } });
    ok(await runPlan(merged, manifest('https://hooks.example.com/welcome'), { inputs: inEnv('staging') }));
    ok(await runPlan(other, manifest('https://hooks.example.com/other'), { inputs: inEnv('staging') }));
    ok(await runPlan(other, manifest('https://hooks.example.com/other'), { inputs: inEnv('production') }));
    const byTarget = (environment: string) => ours(other).find((c) => markerOf(c.body).environment === environment)!;
    const productionBefore = byTarget('production').body;
    merge(merged);
    const result = await runMerge(merged, manifest('https://hooks.example.com/welcome'), { inputs: inEnv('staging') });
    ok(result);
    // its hook has another URL: the merged one is not its own, so its plan is unchanged, and says so
    assert.match(byTarget('staging').body, /Still current after #\d+ merged/);
    assert.equal(markerOf(byTarget('staging').body).checked_sha, merged.mergeSha);
    assert.equal(byTarget('production').body, productionBefore, 'another target is not touched');
    assert.equal(github.statusesOf(REPO, other.headSha).filter((s) => s.context === 'ory-actions/ory-actions.yaml (staging)').at(-1)!.state, 'success');
  });

  test('21 open PRs with plan comments: 20 planned again, one marked stale, the summary says so', async () => {
    closeAllOpen();
    const projectId = ory.addProject();
    const merged = openPr(projectId);
    const waiting: Pr[] = [];
    for (let i = 0; i < 21; i++) {
      const pr = openPr(projectId, { headFiles: { 'ory-actions.yaml': SEED } });
      github.addComment(REPO, {
        issue_number: pr.number,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        body: `${MARKER}${JSON.stringify({ manifest: 'ory-actions.yaml', fingerprint: 'sha256:older', projects: { [projectId]: 'rev' }, head_sha: pr.headSha, status: 'planned' })} -->\n\n### old plan\n\nPlan: 9 to create, 0 to update, 0 to delete.\n\n📝 **Planned** <!-- ory-actions-status -->\n`,
      });
      waiting.push(pr);
    }
    ok(await runPlan(merged, SEED));
    merge(merged);
    github.resetRequests();
    const result = await runMerge(merged, SEED);
    ok(result);
    const stale = waiting.filter((pr) => markerOf(ours(pr)[0]!.body).status === 'stale');
    assert.equal(stale.length, 1);
    assert.equal(stale[0]!.number, waiting[0]!.number, 'the least recently updated one waits');
    assert.match(ours(stale[0]!)[0]!.body, /at most 20 pull requests are planned again per merge/);
    assert.match(ours(stale[0]!)[0]!.body, /<details><summary>The last plan/);
    assert.equal(statusesOn(stale[0]!.headSha, projectId).at(-1)!.state, 'failure');
    assert.match(statusesOn(stale[0]!.headSha, projectId).at(-1)!.description!, /^Stale/);
    const replanned = waiting.filter((pr) => markerOf(ours(pr)[0]!.body).status === 'planned');
    assert.equal(replanned.length, 20);
    assert.match(result.summary, /1 more marked stale, not re-planned\*\* \(at most 20 re-plans per run\)/);
    const counts = github.countByRoute();
    // per PR: one page of its comments, one status write and one comment write; per re-plan two contents
    // reads (the manifest at its head and at its base); the merge itself: its previous manifest, two comment edits
    assert.equal(counts['POST /repos/{owner}/{repo}/statuses/{sha}'], 21, JSON.stringify(counts));
    assert.equal(counts['GET /repos/{owner}/{repo}/contents/{path}'], 2 * 20 + 1, JSON.stringify(counts));
    assert.equal(counts['GET /repos/{owner}/{repo}/issues/{n}/comments'], 21 + 1);
    assert.equal(counts['PATCH /repos/{owner}/{repo}/issues/comments/{id}'], 21 + 2);
    assert.equal(counts['GET /repos/{owner}/{repo}/pulls'], 1);
  });
});

describe('merge queue', () => {
  test('a queued commit whose plan is the approved one passes; a changed one fails with plan-changed; nothing is written', async () => {
    const projectId = ory.addProject();
    const pr = openPr(projectId);
    ok(await runPlan(pr, SEED));
    const runQueue = (groupSha: string) => {
      github.state.repos[REPO]!.commits.push(groupSha);
      const event = mergeGroupEvent({ repository: REPO, pullNumber: pr.number, headSha: groupSha, baseSha: pr.baseSha });
      return runBundledAction({
        workspace: makeWorkspace({ 'ory-actions.yaml': SEED }),
        eventName: 'merge_group',
        payload: event.payload,
        sha: event.env.GITHUB_SHA,
        env: { GITHUB_REF: event.env.GITHUB_REF },
        githubApiUrl: github.url,
        inputs: baseInputs(pr),
      });
    };
    const writes = ory.writes;
    const group = sha(pr.number, '7');
    const passed = await runQueue(group);
    ok(passed);
    assert.equal(statusesOn(group, projectId).at(-1)!.state, 'success');
    assert.match(statusesOn(group, projectId).at(-1)!.description!, new RegExp(`Same as approved in #${pr.number}`));

    ory.editConfig(projectId, (config: any) => {
      config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://api.example.com/webhooks/validate', method: 'POST' } });
    });
    const group2 = sha(pr.number, '6');
    const refused = await runQueue(group2);
    assert.equal(refused.code, 1);
    assert.equal(refused.outputs['failure-reason'], 'plan-changed');
    assert.match(refused.log, /differs from the one approved in pull request #\d+/);
    assert.equal(statusesOn(group2, projectId).at(-1)!.state, 'failure');
    assert.equal(ory.writes, writes, 'the merge queue never writes to Ory');
  });
});

describe('drift issue', () => {
  const runSchedule = (projectId: string, token = TOKENS.write, manifest = SEED) =>
    runBundledAction({
      workspace: makeWorkspace({ 'ory-actions.yaml': manifest }),
      eventName: 'schedule',
      payload: { schedule: '17 6 * * *', repository: { full_name: REPO } },
      githubApiUrl: github.url,
      env: { HOOK_KEY: HOOK_SECRET },
      inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'project-id': projectId, 'github-token': token },
    });
  const driftIssues = (projectId: string) => github.issuesOf(REPO).filter((i) => i.labels.includes('ory-actions-drift') && i.title.includes(projectId));

  test('drift opens one issue, keeps it up to date while it lasts, and a run in sync closes it with a comment', async () => {
    const projectId = ory.addProject();
    const first = await runSchedule(projectId, TOKENS.write, SECRET_MANIFEST);
    assert.equal(first.outputs['failure-reason'], 'drift');
    assert.equal(driftIssues(projectId).length, 1);
    const issue = driftIssues(projectId)[0]!;
    assert.equal(issue.state, 'open');
    assert.match(issue.body!, /Plan: 5 to create, 0 to update, 0 to delete\./);
    assert.match(issue.body!, /Apply the manifest again/);
    assert.match(issue.body!, new RegExp(`npx ory-actions-gitops import --project-id ${projectId} --out ory-actions\\.yaml`));
    assert.match(issue.body!, /welcome_email/);

    const second = await runSchedule(projectId, TOKENS.write, SEED);
    assert.equal(second.outputs['failure-reason'], 'drift');
    assert.equal(driftIssues(projectId).length, 1, 'never a second issue');
    assert.match(driftIssues(projectId)[0]!.body!, /Plan: 4 to create/);

    ok(await runBundledAction({ workspace: makeWorkspace({ 'ory-actions.yaml': SEED }), eventName: 'workflow_dispatch', inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'project-id': projectId } }));
    const inSync = await runSchedule(projectId);
    ok(inSync);
    const closed = driftIssues(projectId)[0]!;
    assert.equal(closed.state, 'closed');
    assert.match(github.commentsOf(REPO, closed.number).at(-1)!.body, /Ory matches .* again/);
    assertNoSecretOnGitHub([first, second, inSync]);
  });

  test('without issues: write a warning, and the run fails for the drift alone', async () => {
    const projectId = ory.addProject();
    const result = await runSchedule(projectId, TOKENS.noIssues);
    assert.equal(result.outputs['failure-reason'], 'drift');
    assert.match(result.log, /::warning::.*issues: write/);
    assert.equal(driftIssues(projectId).length, 0);
  });
});
