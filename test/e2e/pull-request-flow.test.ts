/**
 * The GitHub flow end to end: the bundle runs as a runner runs it, against the fake GitHub API
 * and the Ory emulator. A PR gets one plan comment that stays current; merging applies exactly
 * the approved plan.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startFakeGitHub, type FakeGitHub, installationToken } from '../../emulators/github-api/index.ts';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { makeWorkspace, nodeBinaries, runBundledAction, type RunResult, eachNode } from '../support/action-runner.ts';
import { ROOT } from '../support/paths.ts';

const ORY_KEY = 'ory_wak_pr_flow_0123456789';
const TOKEN = 'ghs_installation_token_abcdef';
const READ_ONLY_TOKEN = 'ghs_read_only_token_fork';
const REPO = 'acme/identity';
const SEED_MANIFEST = readFileSync(join(ROOT, 'examples', 'ory-actions.yaml'), 'utf8');
const BASE_SHA = '2'.repeat(40);
const MARKER = '<!-- ory-actions-gitops ';

let ory: OryEmulator;
let github: FakeGitHub;
let nextPr = 100;

before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [ORY_KEY] });
  github = await startFakeGitHub({
    tokens: {
      [TOKEN]: installationToken({ pull_requests: 'write', contents: 'read' }),
      [READ_ONLY_TOKEN]: installationToken({ pull_requests: 'read', contents: 'read' }),
    },
    repos: { [REPO]: { files: { [BASE_SHA]: {} } } },
  });
});
after(async () => {
  await ory.close();
  await github.close();
});

function sha(n: number, digit: string): string {
  return (digit + n.toString(16)).padEnd(40, digit).slice(0, 40);
}

interface Pr {
  number: number;
  headSha: string;
  mergeSha: string;
  projectId: string;
}

/** A PR whose base holds `baseManifest` (or no manifest). */
function openPr(projectId: string, baseManifest?: string): Pr {
  const number = nextPr++;
  const pr = { number, headSha: sha(number, '1'), mergeSha: sha(number, '9'), projectId };
  const repo = github.state.repos[REPO]!;
  repo.files[sha(number, '2')] = baseManifest ? { 'ory-actions.yaml': baseManifest } : {};
  repo.pulls.push({
    number,
    state: 'open',
    merged_at: null,
    merge_commit_sha: null,
    head: { sha: pr.headSha, ref: `change-${number}`, repo_full_name: REPO },
    base: { sha: sha(number, '2'), ref: 'main' },
    commits: [pr.headSha],
  });
  return pr;
}

function merge(pr: Pr): void {
  const pull = github.state.repos[REPO]!.pulls.find((p) => p.number === pr.number)!;
  pull.state = 'closed';
  pull.merged_at = '2024-01-02T00:00:00Z';
  pull.merge_commit_sha = pr.mergeSha;
  (pull.commits as string[]).push(pr.mergeSha);
}

function prPayload(pr: Pr, forkOf?: string): Record<string, unknown> {
  return {
    action: 'synchronize',
    number: pr.number,
    pull_request: {
      number: pr.number,
      head: { sha: pr.headSha, ref: `change-${pr.number}`, repo: { full_name: forkOf ?? REPO, fork: Boolean(forkOf) } },
      base: { sha: sha(pr.number, '2'), ref: 'main', repo: { full_name: REPO, fork: false } },
    },
    repository: { full_name: REPO },
  };
}

interface RunOn {
  manifest: string;
  /** more files of the checkout, e.g. body files */
  files?: Record<string, string>;
  node?: string;
  token?: string;
  inputs?: Record<string, string>;
}

function runPlan(pr: Pr, o: RunOn, forkOf?: string): Promise<RunResult> {
  return runBundledAction({
    workspace: makeWorkspace({ 'ory-actions.yaml': o.manifest, ...o.files }),
    ...(o.node ? { node: o.node } : {}),
    eventName: 'pull_request',
    payload: prPayload(pr, forkOf),
    sha: pr.mergeSha,
    githubApiUrl: github.url,
    inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'project-id': pr.projectId, 'github-token': o.token ?? TOKEN, ...o.inputs },
  });
}

function runMerge(pr: Pr, o: RunOn): Promise<RunResult> {
  return runBundledAction({
    workspace: makeWorkspace({ 'ory-actions.yaml': o.manifest }),
    ...(o.node ? { node: o.node } : {}),
    eventName: 'push',
    payload: { before: sha(pr.number, '2'), after: pr.mergeSha, ref: 'refs/heads/main', repository: { full_name: REPO } },
    sha: pr.mergeSha,
    githubApiUrl: github.url,
    inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'project-id': pr.projectId, 'github-token': o.token ?? TOKEN, ...o.inputs },
  });
}

function ourComments(pr: Pr) {
  return github.commentsOf(REPO, pr.number).filter((c) => c.user.login === 'github-actions[bot]' && c.body.startsWith(MARKER));
}

function markerOf(body: string): Record<string, any> {
  const json = body.slice(MARKER.length, body.indexOf(' -->'));
  return JSON.parse(json.replace(/\\u002d/g, '-').replace(/\\u003e/g, '>'));
}

function ok(result: RunResult): void {
  assert.equal(result.code, 0, `exit ${result.code}\n${result.log}\n${result.stderr}`);
}

for (const node of nodeBinaries()) {
  describe(`pull request to merge on ${node.name}`, () => {
    test('first plan creates one comment, a second push edits it, merge applies the approved plan and marks it applied', async () => {
      const pr = openPr(ory.addProject());
      github.resetRequests();
      const writes = ory.writes;
      const first = await runPlan(pr, { manifest: SEED_MANIFEST, node: node.path });
      ok(first);
      const comments = ourComments(pr);
      assert.equal(comments.length, 1);
      assert.equal(first.outputs['comment-url'], comments[0]!.html_url);
      const marker = markerOf(comments[0]!.body);
      assert.equal(marker.manifest, 'ory-actions.yaml');
      assert.equal(marker.fingerprint, first.outputs.fingerprint);
      assert.equal(marker.status, 'planned');
      assert.equal(marker.head_sha, pr.headSha);
      assert.ok(marker.projects[pr.projectId]);
      assert.match(comments[0]!.body, /Plan: 4 to create, 0 to update, 0 to delete\./);
      assert.equal(ory.writes, writes, 'a plan writes nothing');

      const edited = SEED_MANIFEST.replace('https://api.example.com/webhooks/audit', 'https://api.example.com/webhooks/audit-v2');
      const second = await runPlan(pr, { manifest: edited, node: node.path });
      ok(second);
      assert.equal(ourComments(pr).length, 1, 'edited, not duplicated');
      assert.notEqual(markerOf(ourComments(pr)[0]!.body).fingerprint, marker.fingerprint);
      assert.match(ourComments(pr)[0]!.body, /audit-v2/);

      merge(pr);
      const applied = await runMerge(pr, { manifest: edited, node: node.path });
      ok(applied);
      assert.equal(applied.outputs.applied, 'true');
      const final = ourComments(pr);
      assert.equal(final.length, 1);
      assert.equal(markerOf(final[0]!.body).status, 'applied');
      assert.match(final[0]!.body, /run #17|runs\/4242/);
      const settings = (ory.project(pr.projectId).services.identity.config as any).selfservice.flows.settings.after.password.hooks;
      assert.equal(settings[0].config.url, 'https://api.example.com/webhooks/audit-v2');
    });
  });
}

eachNode(() => {
  describe('pull request plans', () => {
    test('a plan with no changes still edits the comment; another user\'s comment with our marker is ignored', async () => {
      const projectId = ory.addProject();
      const pr = openPr(projectId);
      github.addComment(REPO, { issue_number: pr.number, user: { login: 'mallory', type: 'User' }, body: `${MARKER}{"manifest":"ory-actions.yaml","fingerprint":"sha256:forged","projects":{},"head_sha":"x","status":"planned"} -->\nforged` });
      ok(await runPlan(pr, { manifest: SEED_MANIFEST }));
      ok(await runBundledAction({ workspace: makeWorkspace({ 'ory-actions.yaml': SEED_MANIFEST }), eventName: 'workflow_dispatch', inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'project-id': projectId } }));
      const noChange = await runPlan(pr, { manifest: SEED_MANIFEST });
      ok(noChange);
      assert.equal(noChange.outputs['has-changes'], 'false');
      const ours = ourComments(pr);
      assert.equal(ours.length, 1);
      assert.match(ours[0]!.body, /Plan: 0 to create, 0 to update, 0 to delete\./);
      assert.equal(github.commentsOf(REPO, pr.number).find((c) => c.user.login === 'mallory')!.body.endsWith('forged'), true, 'theirs untouched');
    });

    test('a broken body template fails the plan with an annotation in its body file, and the comment lists it', async () => {
    const pr = openPr(ory.addProject());
    const manifest = 'actions:\n  welcome:\n    flow: registration\n    timing: after\n    auth_method: password\n    url: https://hooks.example.com/w\n    body_file: bodies/welcome.jsonnet\n';
    const result = await runPlan(pr, { manifest, files: { 'bodies/welcome.jsonnet': 'function(ctx) {\n  email: ctx.identity.traits.email\n  name: 1,\n}\n' } });
    assert.equal(result.code, 1);
    assert.equal(result.outputs['failure-reason'], 'invalid-manifest');
    assert.match(result.log, /::error [^\n]*file=bodies\/welcome\.jsonnet,line=3,/);
    const [comment] = ourComments(pr);
    assert.match(comment!.body, /bodies\/welcome\.jsonnet:3:/);
    assert.equal(markerOf(comment!.body).status, 'failed');
  });

  test('GitHub requests per plan: one login lookup (GraphQL viewer), one per page of comments, one write', async () => {
      const pr = openPr(ory.addProject());
      for (let i = 0; i < 230; i++) github.addComment(REPO, { issue_number: pr.number, user: { login: 'octocat', type: 'User' }, body: `comment ${i}` });
      github.resetRequests();
      ok(await runPlan(pr, { manifest: SEED_MANIFEST }));
      const counts = github.countByRoute();
      assert.equal(counts['POST /graphql'], 1);
      assert.equal(counts['GET /user'], undefined);
      assert.equal(counts['GET /repos/{owner}/{repo}/issues/{n}/comments'], 3);
      assert.equal(counts['POST /repos/{owner}/{repo}/issues/{n}/comments'], 1);
      assert.equal(counts['GET /repos/{owner}/{repo}/contents/{path}'], 1, 'the previous manifest');
    });

    test('a fork PR with a read-only token: the plan goes to the summary, a warning names the permission, no failure', async () => {
      const pr = openPr(ory.addProject());
      const result = await runPlan(pr, { manifest: SEED_MANIFEST, token: READ_ONLY_TOKEN }, 'stranger/identity');
      ok(result);
      assert.equal(ourComments(pr).length, 0);
      assert.match(result.log, /::warning::.*pull-requests: write/);
      assert.match(result.summary, /Plan: 4 to create/);
      assert.equal(result.outputs['to-create'], '4');
    });

    test('a 3,000-action plan keeps its comment under 65,536 characters and says where the full plan is', async () => {
      const pr = openPr(ory.addProject());
      const lines = ['actions:'];
      for (let i = 0; i < 3000; i++) {
        lines.push(`  hook_${i}:`, '    flow: registration', '    timing: after', '    auth_method: password', `    url: https://hooks.example.com/${i}`, '    body: |', `      function(ctx) { id: ctx.identity.id, n: ${i} }`);
      }
      const result = await runPlan(pr, { manifest: lines.join('\n') + '\n' });
      ok(result);
      const [comment] = ourComments(pr);
      assert.ok(comment!.body.length <= 65_536, `comment is ${comment!.body.length}`);
      assert.match(comment!.body, /Plan: 3000 to create/);
      assert.match(comment!.body, /job summary/i);
      assert.match(result.summary, /hook_2999/);
    });
  });

  describe('merge', () => {
    test('plan-changed when Ory drifted between plan and merge; nothing is written', async () => {
      const projectId = ory.addProject();
      const pr = openPr(projectId);
      ok(await runPlan(pr, { manifest: SEED_MANIFEST }));
      // someone clicks a hook into the console that the manifest also declares, but differently
      ory.editConfig(projectId, (config: any) => {
        config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://api.example.com/webhooks/validate', method: 'POST', can_interrupt: false } });
      });
      const writes = ory.writes;
      merge(pr);
      const result = await runMerge(pr, { manifest: SEED_MANIFEST });
      assert.equal(result.code, 1);
      assert.equal(result.outputs['failure-reason'], 'plan-changed', result.log);
      assert.equal(ory.writes, writes);
      assert.match(result.summary, /validate_login/);
      assert.equal(markerOf(ourComments(pr)[0]!.body).status, 'failed');
    });

    test('an unrelated console edit between plan and merge keeps the approved plan valid', async () => {
      const projectId = ory.addProject();
      const pr = openPr(projectId);
      ok(await runPlan(pr, { manifest: SEED_MANIFEST }));
      ory.editConfig(projectId, (config: any) => {
        config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://console.example.com/other', method: 'POST' } });
      });
      merge(pr);
      const result = await runMerge(pr, { manifest: SEED_MANIFEST });
      ok(result);
      assert.equal(result.outputs.applied, 'true');
    });

    test('no-approved-plan without a merged PR or without its comment; auto-approve applies anyway', async () => {
      const projectId = ory.addProject();
      const orphan = { number: 9999, headSha: sha(9999, '1'), mergeSha: sha(9999, '9'), projectId };
      const noPr = await runMerge(orphan, { manifest: SEED_MANIFEST });
      assert.equal(noPr.outputs['failure-reason'], 'no-approved-plan', noPr.log);

      const pr = openPr(projectId);
      merge(pr);
      const writes = ory.writes;
      const noComment = await runMerge(pr, { manifest: SEED_MANIFEST });
      assert.equal(noComment.outputs['failure-reason'], 'no-approved-plan', noComment.log);
      assert.equal(ory.writes, writes);

      const forced = await runMerge(pr, { manifest: SEED_MANIFEST, inputs: { 'auto-approve': 'true' } });
      ok(forced);
      assert.equal(forced.outputs.applied, 'true');
    });

    test('an action removed in the PR is deleted on merge, through the previous manifest', async () => {
      const projectId = ory.addProject();
      ok(await runBundledAction({ workspace: makeWorkspace({ 'ory-actions.yaml': SEED_MANIFEST }), eventName: 'workflow_dispatch', inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'project-id': projectId } }));
      const without = SEED_MANIFEST.replace(/  # Async audit log[\s\S]*?response_ignore: true\n/, '');
      assert.ok(!without.includes('audit_log'));
      const pr = openPr(projectId, SEED_MANIFEST);
      const plan = await runPlan(pr, { manifest: without });
      ok(plan);
      assert.equal(plan.outputs['to-delete'], '1');
      assert.match(ourComments(pr)[0]!.body, /audit_log/);
      merge(pr);
      ok(await runMerge(pr, { manifest: without }));
      const settings = (ory.project(projectId).services.identity.config as any).selfservice.flows.settings.after.password.hooks;
      assert.equal(settings.length, 0);
    });
  });
});
