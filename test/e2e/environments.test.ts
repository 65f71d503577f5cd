/**
 * Environments end to end through the bundle: one manifest, several Ory projects (staging,
 * production), and the jobs of a matrix running at the same time, each with its own comment and
 * approval. Against the fake GitHub API and the Ory emulator, as a runner runs the action.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeGitHub, type FakeGitHub, installationToken } from '../../emulators/github-api/index.ts';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eachNode, makeWorkspace, runBundledAction, type RunResult } from '../support/action-runner.ts';
import { runChild } from '../support/child-process.ts';
import { ROOT } from '../support/paths.ts';

const ORY_KEY = 'ory_wak_environments_0123456789';
const TOKEN = 'ghs_installation_token_environments';
const REPO = 'acme/identity';
const BOT = 'github-actions[bot]';
const MARKER = '<!-- ory-actions-gitops ';

let ory: OryEmulator;
let github: FakeGitHub;
let nextPr = 300;

before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [ORY_KEY] });
  github = await startFakeGitHub({
    tokens: { [TOKEN]: installationToken({ pull_requests: 'write', contents: 'read' }, BOT) },
    repos: { [REPO]: { files: {} } },
  });
});
after(async () => {
  await ory.close();
  await github.close();
});

function manifestFor(staging: string, production: string, extra = ''): string {
  return `environments:
  staging:
    project_id: ${staging}
    vars: { hooks: https://hooks.staging.example.com }
  production:
    project_id: ${production}
    vars: { hooks: https://hooks.example.com }
actions:
  welcome:
    flow: registration
    timing: after
    auth_method: password
    url: \${{ vars.hooks }}/welcome
    body: |
      function(ctx) { email: ctx.identity.traits.email }
  fraud_check:
    flow: login
    timing: before
    url: \${{ vars.hooks }}/fraud?key=\${{ env.FRAUD_KEY }}
    environments: [production]
${extra}`;
}

function sha(n: number, digit: string): string {
  return (digit + n.toString(16)).padEnd(40, digit).slice(0, 40);
}

interface Pr {
  number: number;
  headSha: string;
  baseSha: string;
  mergeSha: string;
}

function openPr(baseManifest?: string): Pr {
  const number = nextPr++;
  const pr = { number, headSha: sha(number, '1'), baseSha: sha(number, '2'), mergeSha: sha(number, '9') };
  const repo = github.state.repos[REPO]!;
  repo.files[pr.baseSha] = baseManifest ? { 'ory-actions.yaml': baseManifest } : {};
  repo.pulls.push({
    number,
    state: 'open',
    merged_at: null,
    merge_commit_sha: null,
    head: { sha: pr.headSha, ref: `change-${number}`, repo_full_name: REPO },
    base: { sha: pr.baseSha, ref: 'main' },
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

function baseInputs(inputs: Record<string, string>): Record<string, string> {
  return { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'github-token': TOKEN, ...inputs };
}

function runPlan(pr: Pr, manifest: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
  return runBundledAction({
    workspace: makeWorkspace({ 'ory-actions.yaml': manifest }),
    eventName: 'pull_request',
    payload: {
      action: 'synchronize',
      number: pr.number,
      pull_request: {
        number: pr.number,
        head: { sha: pr.headSha, ref: `change-${pr.number}`, repo: { full_name: REPO, fork: false } },
        base: { sha: pr.baseSha, ref: 'main', repo: { full_name: REPO, fork: false } },
      },
      repository: { full_name: REPO },
    },
    sha: pr.mergeSha,
    githubApiUrl: github.url,
    inputs: baseInputs(inputs),
    env,
  });
}

function runMerge(pr: Pr, manifest: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
  return runBundledAction({
    workspace: makeWorkspace({ 'ory-actions.yaml': manifest }),
    eventName: 'push',
    payload: { before: pr.baseSha, after: pr.mergeSha, ref: 'refs/heads/main', repository: { full_name: REPO } },
    sha: pr.mergeSha,
    githubApiUrl: github.url,
    inputs: baseInputs(inputs),
    env,
  });
}

function runDispatch(manifest: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
  return runBundledAction({ workspace: makeWorkspace({ 'ory-actions.yaml': manifest }), eventName: 'workflow_dispatch', inputs: baseInputs(inputs), env });
}

function ourComments(pr: Pr) {
  return github.commentsOf(REPO, pr.number).filter((c) => c.user.login === BOT && c.body.startsWith(MARKER));
}

function markerOf(body: string): Record<string, any> {
  const json = body.slice(MARKER.length, body.indexOf(' -->'));
  return JSON.parse(json.replace(/\\u002d/g, '-').replace(/\\u003e/g, '>').replace(/\\u003c/g, '<').replace(/\\u0026/g, '&'));
}

function commentFor(pr: Pr, environment: string) {
  const found = ourComments(pr).filter((c) => markerOf(c.body).environment === environment);
  assert.equal(found.length, 1, `one comment for ${JSON.stringify(environment)}; got ${found.length}`);
  return found[0]!;
}

function ok(result: RunResult): void {
  assert.equal(result.code, 0, `exit ${result.code}\n${result.log}\n${result.stderr}`);
}

function webhookUrls(projectId: string): string[] {
  const flows = (ory.project(projectId).services.identity.config as any).selfservice.flows;
  const urls: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const hook = node as { hook?: string; config?: { url?: string } };
      if (hook.hook === 'web_hook' && hook.config?.url) urls.push(hook.config.url);
      else Object.values(node).forEach(visit);
    }
  };
  visit(flows);
  return urls.sort();
}

const FRAUD_KEY = 'fraud-key-7f3a9c1e5b';

eachNode(() => describe('environments', () => {
  test('each environment applies to its own project with its own hosts and leaves the other untouched', async () => {
    const staging = ory.addProject();
    const production = ory.addProject();
    const manifest = manifestFor(staging, production);

    const stagingRun = await runDispatch(manifest, { environment: 'staging' });
    ok(stagingRun);
    assert.equal(stagingRun.outputs.environment, 'staging');
    assert.equal(stagingRun.outputs.applied, 'true');
    assert.deepEqual(webhookUrls(staging), ['https://hooks.staging.example.com/welcome']);
    assert.deepEqual(webhookUrls(production), [], 'production untouched by the staging run');
    // the production-only action is not in staging's plan at all
    const stagingPlan = JSON.parse(stagingRun.planJson!);
    assert.equal(stagingPlan.environment, 'staging');
    assert.doesNotMatch(stagingRun.planJson!, /fraud_check/);
    assert.doesNotMatch(stagingRun.summary, /fraud_check/);
    // the vars-built URL is shown in clear, and the summary names the environment
    assert.match(stagingRun.summary, /Ory Actions plan for `ory-actions\.yaml` in `staging`/);
    assert.match(stagingRun.summary, /https:\/\/hooks\.staging\.example\.com\/welcome/);

    const productionRun = await runDispatch(manifest, { environment: 'production' }, { FRAUD_KEY });
    ok(productionRun);
    assert.equal(productionRun.outputs.environment, 'production');
    assert.deepEqual(webhookUrls(production), [`https://hooks.example.com/fraud?key=${FRAUD_KEY}`, 'https://hooks.example.com/welcome']);
    assert.deepEqual(webhookUrls(staging), ['https://hooks.staging.example.com/welcome'], 'staging untouched by the production run');
    assert.match(productionRun.summary, /https:\/\/hooks\.example\.com\/welcome/);
    // a URL with a secret in it stays a reference, the vars in it are put in
    assert.match(productionRun.summary, /https:\/\/hooks\.example\.com\/fraud\?key=\$\{\{ env\.FRAUD_KEY \}\}/);
    for (const text of [productionRun.summary, productionRun.log, productionRun.planJson!]) assert.ok(!text.includes(FRAUD_KEY), 'the secret never shows');
  });

  test('a matrix over environments: two comments on the PR, each merge run applies its own plan', async () => {
    const staging = ory.addProject();
    const production = ory.addProject();
    const manifest = manifestFor(staging, production);
    const pr = openPr();

    // both jobs of the matrix at the same time
    const [planStaging, planProduction] = await Promise.all([
      runPlan(pr, manifest, { environment: 'staging' }),
      runPlan(pr, manifest, { environment: 'production' }, { FRAUD_KEY }),
    ]);
    ok(planStaging);
    ok(planProduction);
    assert.equal(ourComments(pr).length, 2);
    const stagingComment = commentFor(pr, 'staging');
    const productionComment = commentFor(pr, 'production');
    assert.equal(markerOf(stagingComment.body).fingerprint, planStaging.outputs.fingerprint);
    assert.equal(markerOf(productionComment.body).fingerprint, planProduction.outputs.fingerprint);
    assert.deepEqual(Object.keys(markerOf(stagingComment.body).projects), [staging]);
    assert.match(stagingComment.body, /### Ory Actions plan for `ory-actions\.yaml` in `staging`/);
    assert.match(stagingComment.body, /https:\/\/hooks\.staging\.example\.com\/welcome/);
    assert.doesNotMatch(stagingComment.body, /fraud_check/);
    assert.match(productionComment.body, /fraud_check/);
    assert.equal(planStaging.outputs['comment-url'], stagingComment.html_url);

    // a second push: each job edits its own comment
    const [again] = await Promise.all([runPlan(pr, manifest, { environment: 'staging' }), runPlan(pr, manifest, { environment: 'production' }, { FRAUD_KEY })]);
    ok(again);
    assert.equal(ourComments(pr).length, 2, 'edited, not duplicated');

    merge(pr);
    const [mergeStaging, mergeProduction] = await Promise.all([
      runMerge(pr, manifest, { environment: 'staging' }),
      runMerge(pr, manifest, { environment: 'production' }, { FRAUD_KEY }),
    ]);
    ok(mergeStaging);
    ok(mergeProduction);
    assert.equal(mergeStaging.outputs.applied, 'true');
    assert.equal(mergeProduction.outputs.applied, 'true');
    assert.equal(markerOf(commentFor(pr, 'staging').body).status, 'applied');
    assert.equal(markerOf(commentFor(pr, 'production').body).status, 'applied');
    assert.deepEqual(webhookUrls(staging), ['https://hooks.staging.example.com/welcome']);
    assert.equal(webhookUrls(production).length, 2);
  });

  for (const withEnvironment of [false, true]) {
    test(`a matrix over two project-id values ${withEnvironment ? 'with' : 'without'} the environment input: two comments, each merge applies its own plan`, async () => {
      const projects = [ory.addProject(), ory.addProject()];
      const manifest = 'actions:\n  welcome:\n    flow: registration\n    timing: after\n    auth_method: password\n    url: https://hooks.example.com/welcome\n';
      const inputsOf = (projectId: string, i: number) => ({ 'project-id': projectId, ...(withEnvironment ? { environment: ['eu', 'us'][i]! } : {}) });
      const targetOf = (projectId: string, i: number) => (withEnvironment ? ['eu', 'us'][i]! : projectId);
      const pr = openPr();
      const plans = await Promise.all(projects.map((p, i) => runPlan(pr, manifest, inputsOf(p, i))));
      plans.forEach(ok);
      assert.equal(ourComments(pr).length, 2);
      projects.forEach((p, i) => {
        const marker = markerOf(commentFor(pr, targetOf(p, i)).body);
        assert.deepEqual(Object.keys(marker.projects), [p]);
        assert.equal(marker.fingerprint, plans[i]!.outputs.fingerprint);
        assert.equal(plans[i]!.outputs.environment, targetOf(p, i));
      });
      assert.notEqual(plans[0]!.outputs.fingerprint, plans[1]!.outputs.fingerprint);

      merge(pr);
      const merges = await Promise.all(projects.map((p, i) => runMerge(pr, manifest, inputsOf(p, i))));
      for (const result of merges) {
        ok(result);
        assert.notEqual(result.outputs['failure-reason'], 'plan-changed');
        assert.equal(result.outputs.applied, 'true');
      }
      for (const p of projects) assert.deepEqual(webhookUrls(p), ['https://hooks.example.com/welcome']);
      projects.forEach((p, i) => assert.equal(markerOf(commentFor(pr, targetOf(p, i)).body).status, 'applied'));
    });
  }

  test('an old comment without the environment field is still found and updated for the default target', async () => {
    const projectId = ory.addProject();
    const manifest = `project_id: ${projectId}\nactions:\n  welcome:\n    flow: registration\n    timing: after\n    auth_method: password\n    url: https://hooks.example.com/welcome\n`;
    const pr = openPr();
    const old = github.addComment(REPO, {
      issue_number: pr.number,
      user: { login: BOT, type: 'Bot' },
      body: `${MARKER}{"manifest":"ory-actions.yaml","fingerprint":"sha256:old","projects":{"${projectId}":"rev-old"},"head_sha":"${'0'.repeat(40)}","status":"planned"} -->\n### Ory Actions plan (older version)`,
    });
    ok(await runPlan(pr, manifest, {}));
    const comments = ourComments(pr);
    assert.equal(comments.length, 1, 'updated, not duplicated');
    assert.equal(comments[0]!.id, old.id);
    const marker = markerOf(comments[0]!.body);
    assert.equal(marker.environment, '');
    assert.notEqual(marker.fingerprint, 'sha256:old');
    merge(pr);
    const applied = await runMerge(pr, manifest, {});
    ok(applied);
    assert.equal(applied.outputs.environment, '');
    assert.deepEqual(webhookUrls(projectId), ['https://hooks.example.com/welcome']);
  });

  test('an old comment without the environment field is found by a project-id target, not by an environment target', async () => {
    const projectId = ory.addProject();
    const manifest = 'actions:\n  welcome:\n    flow: registration\n    timing: after\n    auth_method: password\n    url: https://hooks.example.com/welcome\n';
    for (const projects of [`{"${projectId}":"rev-old"}`, '{}']) {
      const pr = openPr();
      const old = github.addComment(REPO, {
        issue_number: pr.number,
        user: { login: BOT, type: 'Bot' },
        body: `${MARKER}{"manifest":"ory-actions.yaml","fingerprint":"sha256:old","projects":${projects},"head_sha":"${'0'.repeat(40)}","status":"planned"} -->\nolder plan`,
      });
      ok(await runPlan(pr, manifest, { 'project-id': projectId }));
      assert.deepEqual(ourComments(pr).map((c) => c.id), [old.id], 'updated, not duplicated');
      assert.equal(markerOf(ourComments(pr)[0]!.body).environment, projectId);
      ok(await runPlan(pr, manifest, { 'project-id': projectId, environment: 'eu' }));
      assert.equal(ourComments(pr).length, 2, 'a target named by the environment input starts its own');
    }
  });

  test('ownership per environment: removing an env-limited action deletes it only in its environment', async () => {
    const staging = ory.addProject();
    const production = ory.addProject();
    const before = manifestFor(staging, production);
    ok(await runDispatch(before, { environment: 'staging' }));
    ok(await runDispatch(before, { environment: 'production' }, { FRAUD_KEY }));
    // the same fraud hook URL, declared by hand in staging: not ours there, it must stay
    ory.editConfig(staging, (config: any) => {
      config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: `https://hooks.example.com/fraud?key=${FRAUD_KEY}`, method: 'POST' } });
    });
    const without = before.replace(/  fraud_check:[\s\S]*$/, '');
    const pr = openPr(before);
    // the secret stays set in production's jobs: the previous manifest's hook is known by its URL
    const [planStaging, planProduction] = await Promise.all([runPlan(pr, without, { environment: 'staging' }), runPlan(pr, without, { environment: 'production' }, { FRAUD_KEY })]);
    ok(planStaging);
    ok(planProduction);
    assert.equal(planStaging.outputs['to-delete'], '0', 'the action was absent in staging before, so it stays absent');
    assert.equal(planProduction.outputs['to-delete'], '1');
    merge(pr);
    const [a, b] = await Promise.all([runMerge(pr, without, { environment: 'staging' }), runMerge(pr, without, { environment: 'production' }, { FRAUD_KEY })]);
    ok(a);
    ok(b);
    assert.deepEqual(webhookUrls(production), ['https://hooks.example.com/welcome']);
    assert.equal(webhookUrls(staging).length, 2, 'staging keeps its own hook of the same URL');
  });

  describe('bad input: a located error with did-you-mean, nothing written', () => {
    const cases: Array<{ name: string; manifest: (s: string, p: string) => string; environment: string; message: RegExp; at: RegExp }> = [
      {
        name: 'an unknown environment',
        manifest: (s, p) => manifestFor(s, p),
        environment: 'prodution',
        message: /unknown environment "prodution": ory-actions\.yaml declares staging, production .*did you mean "production"\?/,
        at: /file=ory-actions\.yaml,line=1,col(umn)?=1/,
      },
      {
        name: 'no environment named',
        manifest: (s, p) => manifestFor(s, p),
        environment: '',
        message: /declares environments \(staging, production\): a run targets exactly one/,
        at: /file=ory-actions\.yaml,line=1,col(umn)?=1/,
      },
      {
        name: 'a variable the environment lacks',
        manifest: (s, p) => manifestFor(s, p, '  extra:\n    flow: login\n    timing: before\n    url: ${{ vars.hoks }}/extra\n'),
        environment: 'staging',
        message: /environment "staging" has no variable "hoks" .*did you mean "hooks"\?/,
        at: /file=ory-actions\.yaml,line=24,col(umn)?=10/,
      },
      {
        name: 'environments: [nope] on an action',
        manifest: (s, p) => manifestFor(s, p, '  extra:\n    flow: login\n    timing: before\n    url: https://x.example.com\n    environments: [stagin]\n'),
        environment: 'staging',
        message: /action "extra" names an unknown environment "stagin" .*did you mean "staging"\?/,
        at: /file=ory-actions\.yaml,line=25,col(umn)?=20/,
      },
    ];
    for (const c of cases) {
      test(c.name, async () => {
        const staging = ory.addProject();
        const production = ory.addProject();
        const writes = ory.writes;
        const pr = openPr();
        const result = await runPlan(pr, c.manifest(staging, production), { environment: c.environment });
        assert.equal(result.code, 1, result.log);
        assert.equal(result.outputs['failure-reason'], 'invalid-manifest');
        assert.equal(result.outputs.environment, c.environment);
        const annotation = result.log.split('\n').find((line) => line.startsWith('::error') && c.message.test(line));
        assert.ok(annotation, `an annotation matching ${c.message}:\n${result.log}`);
        assert.match(annotation, c.at);
        assert.equal(ory.writes, writes);
        const [comment] = ourComments(pr);
        assert.equal(markerOf(comment!.body).status, 'failed');
        assert.equal(markerOf(comment!.body).environment, c.environment);
        const dispatch = await runDispatch(c.manifest(staging, production), { environment: c.environment });
        assert.equal(dispatch.outputs['failure-reason'], 'invalid-manifest');
        assert.equal(ory.writes, writes, 'nothing written');
      });
    }
  });


  test('the CLI plans and applies one environment with --environment, and refuses an unknown one', async () => {
    const staging = ory.addProject();
    const production = ory.addProject();
    const dir = mkdtempSync(join(tmpdir(), 'ory-env-cli-'));
    const path = join(dir, 'ory-actions.yaml');
    writeFileSync(path, manifestFor(staging, production));
    const cli = (args: string[]) =>
      runChild(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args, '--manifest', path, '--api-url', ory.url], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', ORY_WORKSPACE_API_KEY: ORY_KEY },
      });
    const plan = await cli(['plan', '--json', '--environment', 'staging']);
    assert.equal(plan.code, 0, plan.stderr);
    const json = JSON.parse(plan.stdout);
    assert.equal(json.environment, 'staging');
    assert.deepEqual(json.projects.map((p: { projectId: string }) => p.projectId), [staging]);
    const apply = await cli(['apply', '--yes', '--environment', 'staging']);
    assert.equal(apply.code, 0, apply.stderr);
    assert.deepEqual(webhookUrls(staging), ['https://hooks.staging.example.com/welcome']);
    assert.deepEqual(webhookUrls(production), []);
    const writes = ory.writes;
    const unknown = await cli(['apply', '--yes', '--environment', 'prod']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown environment "prod": .* declares staging, production/);
    const missing = await cli(['plan']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /a run targets exactly one .*--environment/);
    assert.equal(ory.writes, writes);
    const schemaOut = join(dir, 'schema.json');
    const schema = await cli(['schema', '--out', schemaOut]);
    assert.equal(schema.code, 0, schema.stderr);
    assert.deepEqual(JSON.parse(readFileSync(schemaOut, 'utf8')).definitions.action.properties.environments.items.enum, ['staging', 'production']);
  });
}));
