/**
 * A plan too long for its comment, end to end: the bundle runs as a runner runs it, with the runner's
 * artifact service (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN) pointed at the fake of
 * emulators/github-api/artifacts.ts. The full plan is uploaded through @actions/artifact (loaded from
 * dist/artifact.js) and linked from the comment and the job summary; without the service, or when it
 * refuses, a warning and the job summary as before.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeArtifactService, startFakeGitHub, type FakeArtifactService, type FakeGitHub, installationToken } from '../../emulators/github-api/index.ts';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { eachNode, makeWorkspace, runBundledAction, type RunResult } from '../support/action-runner.ts';
import { assertNoSecretIn, assertRunKeepsSecrets } from '../support/secret-check.ts';
import { unzipEntries } from '../support/zip.ts';

const ORY_KEY = 'ory_wak_artifact_0123456789';
const TOKEN = 'ghs_installation_token_artifact';
const HOOK_KEY = 'hook-key-Zq81vX0pLm3';
const AUDIT_TOKEN = 'audit-path-token-Yb62kQ';
const REPO = 'acme/identity';
const BASE_SHA = '2'.repeat(40);
const HEAD_SHA = '1'.repeat(40);
const MARKER = '<!-- ory-actions-gitops ';
const ACTIONS = 3000;

let ory: OryEmulator;
let github: FakeGitHub;
let artifacts: FakeArtifactService;
let nextPr = 300;

before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [ORY_KEY] });
  github = await startFakeGitHub({
    tokens: { [TOKEN]: installationToken({ pull_requests: 'write', contents: 'read' }) },
    repos: { [REPO]: { files: { [BASE_SHA]: {} } } },
  });
  artifacts = await startFakeArtifactService();
});
after(async () => {
  await ory.close();
  await github.close();
  await artifacts.close();
});

/** 3,000 actions with bodies (and so request previews); some carry secrets from the environment. */
function hugeManifest(): string {
  const lines = ['actions:'];
  for (let i = 0; i < ACTIONS; i++) {
    lines.push(`  hook_${i}:`, '    flow: registration', '    timing: after', '    auth_method: password');
    lines.push(i === 7 ? '    url: https://hooks.example.com/audit/${{ env.AUDIT_TOKEN }}' : `    url: https://hooks.example.com/${i}`);
    if (i % 100 === 0) lines.push('    auth:', '      type: api_key', '      name: X-Api-Key', '      value: ${{ env.HOOK_KEY }}', '      in: header');
    lines.push('    body: |', `      function(ctx) { id: ctx.identity.id, n: ${i} }`);
  }
  return lines.join('\n') + '\n';
}

function openPr(): number {
  const number = nextPr++;
  github.state.repos[REPO]!.pulls.push({
    number,
    state: 'open',
    merged_at: null,
    merge_commit_sha: null,
    head: { sha: HEAD_SHA, ref: `change-${number}`, repo_full_name: REPO },
    base: { sha: BASE_SHA, ref: 'main' },
    commits: [HEAD_SHA],
  });
  return number;
}

function runPlan(number: number, projectId: string, env: Record<string, string>): Promise<RunResult> {
  return runBundledAction({
    workspace: makeWorkspace({ 'ory-actions.yaml': hugeManifest() }),
    eventName: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: { number, head: { sha: HEAD_SHA, ref: `change-${number}`, repo: { full_name: REPO, fork: false } }, base: { sha: BASE_SHA, ref: 'main', repo: { full_name: REPO, fork: false } } },
      repository: { full_name: REPO },
    },
    sha: '9'.repeat(40),
    githubApiUrl: github.url,
    inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'project-id': projectId, 'github-token': TOKEN },
    env: { HOOK_KEY, AUDIT_TOKEN, ...env },
  });
}

function ourComment(number: number): string {
  const comments = github.commentsOf(REPO, number).filter((c) => c.user.login === 'github-actions[bot]' && c.body.startsWith(MARKER));
  assert.equal(comments.length, 1);
  return comments[0]!.body;
}

eachNode(() => describe('the full plan as a workflow artifact', { timeout: 240_000 }, () => {
  test('a 3,000-action plan: plan.md and plan.json are uploaded whole, and the comment and the summary link the artifact', async () => {
    const projectId = ory.addProject();
    const number = openPr();
    const before = artifacts.artifacts.length;
    const result = await runPlan(number, projectId, { ACTIONS_RESULTS_URL: `${artifacts.url}/`, ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken });
    assert.equal(result.code, 0, result.log + result.stderr);
    assert.doesNotMatch(result.log, /::warning::.*artifact/);

    // what @actions/artifact asked of the service: create, the blob's blocks and their list, finalize
    assert.equal(artifacts.artifacts.length, before + 1);
    const artifact = artifacts.artifacts.at(-1)!;
    assert.equal(artifact.name, `ory-actions-plan-ory-actions-yaml-${projectId}`);
    assert.equal(artifact.finalized, true);
    assert.equal(artifact.size, artifact.zip!.length);
    const days = (Date.parse(artifact.expiresAt!) - Date.now()) / 86_400_000;
    assert.ok(days > 13.9 && days <= 14, `kept ${days} days`);
    assert.ok(artifacts.requests.includes('PUT blob blocklist'), artifacts.requests.join('\n'));

    const files = unzipEntries(artifact.zip!);
    assert.deepEqual([...files.keys()].sort(), ['plan.json', 'plan.md']);
    const planJson = files.get('plan.json')!.toString('utf8');
    const planMd = files.get('plan.md')!.toString('utf8');
    // the JSON is the plan file of the `plan-json` output, byte for byte
    assert.equal(planJson, result.planJson);
    assert.equal(JSON.parse(planJson).summary.create, ACTIONS);
    // the markdown holds every change with its body and request preview: nothing was cut
    assert.doesNotMatch(planMd, /shortened|left out|more changes not shown/);
    for (let i = 0; i < ACTIONS; i++) {
      assert.ok(planMd.includes(`\`create\` hook_${i}\``) || planMd.includes(`\`hook_${i}\``), `plan.md names hook_${i}`);
      assert.ok(planMd.includes(`n: ${i} }`), `plan.md holds the body of hook_${i}`);
    }
    assert.equal((planMd.match(/Request body preview for the sample/g) ?? []).length, ACTIONS);

    const link = `https://github.com/${REPO}/actions/runs/4242/artifacts/${artifact.id}`;
    const comment = ourComment(number);
    assert.ok(comment.length <= 65_536, `the comment is ${comment.length} characters`);
    assert.ok(planMd.length > comment.length * 10, 'the artifact holds what the comment could not');
    assert.ok(comment.includes(`The full plan is in the workflow artifact [\`${artifact.name}\`](${link}) (\`plan.md\` and \`plan.json\`, kept 14 days).`), comment.slice(0, 3000));
    assert.ok(result.summary.includes(`](${link})`), 'the summary links the artifact');
    assert.match(result.summary, /📦 The full plan, with every body and request preview, is in the workflow artifact/);

    // secrets: masked in the plan, so in neither file (nor the raw zip), nor anywhere else the run wrote
    const secrets = [ORY_KEY, TOKEN, HOOK_KEY, AUDIT_TOKEN, artifacts.runtimeToken];
    assertNoSecretIn({ 'plan.md': planMd, 'plan.json': planJson, 'the raw zip': artifact.zip!.toString('latin1') }, secrets, 'artifact');
    assertRunKeepsSecrets(result, secrets, 'artifact run', github);
  });

  test('without the runner artifact service, and when it refuses: a warning, the comment links the job summary, the run succeeds', async () => {
    const onRunner = { ACTIONS_RESULTS_URL: `${artifacts.url}/`, ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken };
    for (const refused of [false, true]) {
      // the service's answer to a name already used on the run (a second job of the same manifest and target)
      if (refused) artifacts.faults.push({ method: 'CreateArtifact', status: 409, code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
      const env: Record<string, string> = refused ? onRunner : {};
      const projectId = ory.addProject();
      const number = openPr();
      const before = artifacts.artifacts.length;
      const result = await runPlan(number, projectId, env);
      assert.equal(result.code, 0, result.log + result.stderr);
      assert.match(result.log, /::warning::The plan was cut to fit, and the full plan could not be uploaded as the artifact ory-actions-plan-ory-actions-yaml-/);
      assert.match(result.log, refused ? /already exists on the workflow run/ : /ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/);
      assert.equal(artifacts.faults.length, 0);
      assert.equal(artifacts.artifacts.length, before);
      const comment = ourComment(number);
      assert.match(comment, /The full plan is in the \[job summary of run #17\]\(https:\/\/github\.com\/acme\/identity\/actions\/runs\/4242\)/);
      assert.doesNotMatch(comment + result.summary, /\/artifacts\//);
      assert.match(result.summary, /hook_2999/);
    }
  });
}));
