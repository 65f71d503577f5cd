/**
 * The findings of the security review (issue 13, items 3 to 7 and 9), each reproduced the way the
 * review found it, through the bundle, against the Ory emulator and the fake GitHub API; every
 * output of every run is checked for every secret of the test (clear, base64, JSON-escaped).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startFakeGitHub, type FakeGitHub, installationToken } from '../../emulators/github-api/index.ts';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { makeWorkspace, runBundledAction, type RunResult, type Workspace } from '../support/action-runner.ts';
import { runChild } from '../support/child-process.ts';
import { ROOT } from '../support/paths.ts';
import { assertNoSecretIn, assertRunKeepsSecrets } from '../support/secret-check.ts';

const ORY_KEY = 'ory_wak_security_review_31337';
const TOKEN = 'ghs_workflow_token_security_0001';
const APP_TOKEN = 'ghs_app_installation_token_0002';
const REPO = 'acme/identity';
const MARKER = '<!-- ory-actions-gitops ';

let ory: OryEmulator;
let github: FakeGitHub;
let nextPr = 500;

before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [ORY_KEY] });
  github = await startFakeGitHub({
    tokens: {
      [TOKEN]: installationToken({ pull_requests: 'write', contents: 'read' }),
      // a GitHub App's installation token (actions/create-github-app-token): GET /user refuses it too
      [APP_TOKEN]: installationToken({ pull_requests: 'write', contents: 'read' }, 'ory-gitops[bot]'),
    },
    repos: { [REPO]: {} },
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
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly mergeSha: string;
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

interface Run {
  readonly workspace?: Workspace;
  readonly manifest?: string;
  readonly files?: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly inputs?: Record<string, string>;
  readonly token?: string;
}

function workspaceOf(run: Run): Workspace {
  return run.workspace ?? makeWorkspace({ ...(run.manifest !== undefined ? { 'ory-actions.yaml': run.manifest } : {}), ...run.files });
}

function runPlan(pr: Pr, run: Run): Promise<RunResult> {
  return runBundledAction({
    workspace: workspaceOf(run),
    eventName: 'pull_request',
    payload: {
      action: 'synchronize',
      number: pr.number,
      pull_request: {
        number: pr.number,
        head: { sha: pr.headSha, ref: `change-${pr.number}`, repo: { full_name: REPO } },
        base: { sha: pr.baseSha, ref: 'main', repo: { full_name: REPO } },
      },
      repository: { full_name: REPO },
    },
    sha: pr.mergeSha,
    githubApiUrl: github.url,
    env: run.env ?? {},
    inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'github-token': run.token ?? TOKEN, ...run.inputs },
  });
}

function runMerge(pr: Pr, run: Run): Promise<RunResult> {
  return runBundledAction({
    workspace: workspaceOf(run),
    eventName: 'push',
    payload: { before: pr.baseSha, after: pr.mergeSha, ref: 'refs/heads/main', repository: { full_name: REPO } },
    sha: pr.mergeSha,
    githubApiUrl: github.url,
    env: run.env ?? {},
    inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, 'github-token': run.token ?? TOKEN, ...run.inputs },
  });
}

function runDispatch(run: Run): Promise<RunResult> {
  return runBundledAction({
    workspace: workspaceOf(run),
    eventName: 'workflow_dispatch',
    env: run.env ?? {},
    inputs: { 'ory-api-key': ORY_KEY, 'ory-api-url': ory.url, ...run.inputs },
  });
}

function ok(result: RunResult): void {
  assert.equal(result.code, 0, `exit ${result.code}\n${result.log}\n${result.stderr}`);
}

function commentsBy(pr: Pr, login: string) {
  return github.commentsOf(REPO, pr.number).filter((c) => c.user.login === login && c.body.startsWith(MARKER));
}

function markerOf(body: string): Record<string, any> {
  const json = body.slice(MARKER.length, body.indexOf(' -->'));
  return JSON.parse(json.replace(/\\u002d/g, '-').replace(/\\u003e/g, '>'));
}

function webhooksOf(projectId: string, flow: string, timing: string): any[] {
  const config = ory.project(projectId).services.identity.config as any;
  return config.selfservice.flows[flow][timing].hooks;
}

const hook = (name: string, url: string, extra = '') =>
  `  ${name}:\n    flow: login\n    timing: before\n    url: ${url}\n${extra}`;

describe('3. no secret printed', () => {
  test('a live body the previous manifest built from a reference stays sensitive after the reference (and its variable) is gone', async () => {
    const OLD_TOKEN = 'old-token-7f3a9c2e1b5d';
    const projectId = ory.addProject();
    const previous = `project_id: ${projectId}\nactions:\n${hook('tokened', 'https://hooks.example.com/tokened', '    body: |\n      function(ctx) { token: "${{ env.OLD_TOKEN }}", email: ctx.identity.traits.email }\n')}`;
    ok(await runDispatch({ manifest: previous, env: { OLD_TOKEN } }));
    const head = previous.replace('token: "${{ env.OLD_TOKEN }}", ', '');
    const pr = openPr(previous);
    const plan = await runPlan(pr, { manifest: head });
    ok(plan);
    assert.equal(plan.outputs['to-update'], '1');
    assertRunKeepsSecrets(plan, [OLD_TOKEN, ORY_KEY, TOKEN], 'PR plan', github);
    assert.match(plan.summary, /\(sensitive\)/);
  });

  test('sample_ctx values from references never reach a preview, whole, base64-encoded or with a quote in them', async () => {
    const SAMPLE_SECRET = 'tenant-secret-"quoted"-4c8e2a';
    const projectId = ory.addProject();
    const manifest =
      `project_id: ${projectId}\nactions:\n` +
      hook(
        'echo',
        'https://hooks.example.com/echo',
        '    body: |\n      function(ctx) { raw: ctx.identity.traits.tenant, encoded: std.base64(ctx.identity.traits.tenant), chars: std.stringChars(ctx.identity.traits.tenant) }\n' +
          '    sample_ctx:\n      identity:\n        traits:\n          tenant: ${{ env.SAMPLE_SECRET }}\n',
      );
    const pr = openPr();
    const plan = await runPlan(pr, { manifest, env: { SAMPLE_SECRET } });
    ok(plan);
    assertRunKeepsSecrets(plan, [SAMPLE_SECRET, ORY_KEY, TOKEN], 'PR plan', github);
    // the preview was made, with the reference text in place of the secret, and says so
    assert.match(plan.summary, /Request body preview/);
    assert.match(plan.summary, /\$\{\{ env\.SAMPLE_SECRET \}\}.*preview used the reference text/s);
    assert.ok(plan.summary.includes(Buffer.from('${{ env.SAMPLE_SECRET }}').toString('base64')), 'std.base64 of the placeholder');
  });

  test('live URLs no manifest declares show no userinfo, query value or token-like path segment (chat webhooks)', async () => {
    const SLACK_TOKEN = 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2';
    const DISCORD_TOKEN = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY';
    const PASSWORD = 'pa55w0rd-in-url';
    const QUERY_TOKEN = 'qtok_0123456789abcdef';
    const projectId = ory.addProject();
    ory.editConfig(projectId, (config: any) => {
      config.selfservice.flows.login.before.hooks.push(
        { hook: 'web_hook', config: { url: `https://hooks.slack.com/services/T0ABCDEF1/B0ABCDEF2/${SLACK_TOKEN}`, method: 'POST' } },
        { hook: 'web_hook', config: { url: `https://discord.com/api/webhooks/112233445566/${DISCORD_TOKEN}`, method: 'POST' } },
        { hook: 'web_hook', config: { url: `https://svc:${PASSWORD}@hooks.example.com/in?token=${QUERY_TOKEN}`, method: 'POST' } },
      );
    });
    const secrets = [SLACK_TOKEN, DISCORD_TOKEN, PASSWORD, QUERY_TOKEN, 'T0ABCDEF1', '112233445566'];
    const manifest = `project_id: ${projectId}\nactions:\n${hook('other', 'https://hooks.example.com/other')}`;
    const plan = await runPlan(openPr(), { manifest });
    ok(plan);
    assertRunKeepsSecrets(plan, [...secrets, ORY_KEY, TOKEN], 'unmanaged', github);
    assert.match(plan.summary, /https:\/\/hooks\.slack\.com\/services\/\*\*\*\/\*\*\*\/\*\*\*/);
    assert.match(plan.summary, /https:\/\/\*\*\*@hooks\.example\.com\/in\?token=\*\*\*/);
    // and pruned, they are shown the same way
    const pruned = await runPlan(openPr(), { manifest: `prune: true\n${manifest}` });
    ok(pruned);
    assert.equal(pruned.outputs['to-delete'], '3');
    assertRunKeepsSecrets(pruned, [...secrets, ORY_KEY, TOKEN], 'prune', github);
  });

  test('a project_id from a reference is never printed: plan, PR comment and marker, apply and its log', async () => {
    const projectId = ory.addProject();
    const manifest = `project_id: \${{ env.ORY_PROJECT }}\nactions:\n${hook('welcome', 'https://hooks.example.com/welcome')}`;
    const env = { ORY_PROJECT: projectId };
    const pr = openPr();
    const plan = await runPlan(pr, { manifest, env });
    ok(plan);
    assertRunKeepsSecrets(plan, [projectId, ORY_KEY, TOKEN], 'PR plan', github);
    const [comment] = commentsBy(pr, 'github-actions[bot]');
    assert.deepEqual(Object.keys(markerOf(comment!.body).projects), ['${{ env.ORY_PROJECT }}']);
    merge(pr);
    const applied = await runMerge(pr, { manifest, env });
    ok(applied);
    assert.equal(applied.outputs.applied, 'true');
    assert.equal(webhooksOf(projectId, 'login', 'before').length, 1);
    assertRunKeepsSecrets(applied, [projectId, ORY_KEY, TOKEN], 'merge', github);
  });

  test('on the command line too, a project_id from a reference is shown as the reference, and an Ory error about it is masked', async () => {
    const projectId = ory.addProject();
    const missing = 'deadbeef-0000-4000-8000-00000000f00d';
    const dir = mkdtempSync(join(tmpdir(), 'ory-cli-'));
    writeFileSync(join(dir, 'ory-actions.yaml'), `project_id: \${{ env.ORY_PROJECT }}\nactions:\n${hook('welcome', 'https://hooks.example.com/welcome')}`);
    const cli = (project: string) =>
      runChild(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'plan', '--json', '--api-url', ory.url], { cwd: dir, env: { PATH: process.env.PATH ?? '', ORY_WORKSPACE_API_KEY: ORY_KEY, ORY_PROJECT: project } });
    const found = await cli(projectId);
    assert.equal(found.code, 0, found.stderr);
    assert.deepEqual(JSON.parse(found.stdout).projects.map((p: { projectId: string }) => p.projectId), ['\${{ env.ORY_PROJECT }}']);
    assertNoSecretIn({ stdout: found.stdout, stderr: found.stderr }, [projectId, ORY_KEY], 'cli plan');
    const notFound = await cli(missing);
    assert.equal(notFound.code, 1);
    assert.match(notFound.stderr, /error \(ory-auth\): Project \*\*\* was not found \(404\)/);
    assertNoSecretIn({ stdout: notFound.stdout, stderr: notFound.stderr }, [missing, ORY_KEY], 'cli error');
  });

  test('import writes URL userinfo, query tokens, token-like path parts and auth values as references, never in clear', async () => {
    const projectId = ory.addProject();
    const secrets = ['s3cret-basic-pw', 'qtok_fedcba9876543210', 'Zz8Yy7Xx6Ww5Vv4Uu3Tt2Ss1', 'sk_live_import_abcdef', 'svc-user-pw-1'];
    ory.editConfig(projectId, (config: any) => {
      config.selfservice.flows.login.before.hooks.push(
        { hook: 'web_hook', config: { url: `https://svc:${secrets[4]}@hooks.example.com/in?token=${secrets[1]}`, method: 'POST' } },
        { hook: 'web_hook', config: { url: `https://hooks.slack.com/services/T0AAAA/B0BBBB/${secrets[2]}`, method: 'POST', auth: { type: 'api_key', config: { name: 'X-Key', value: secrets[3], in: 'header' } } } },
        { hook: 'web_hook', config: { url: 'https://hooks.example.com/basic', method: 'POST', auth: { type: 'basic_auth', config: { user: 'ory', password: secrets[0] } } } },
      );
    });
    const dir = mkdtempSync(join(tmpdir(), 'ory-import-'));
    const out = join(dir, 'ory-actions.yaml');
    const env = { PATH: process.env.PATH ?? '', ORY_WORKSPACE_API_KEY: ORY_KEY };
    const imported = await runChild(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'import', '--api-url', ory.url, '--project-id', projectId, '--out', out], { cwd: dir, env });
    assert.equal(imported.code, 0, imported.stderr);
    const yaml = readFileSync(out, 'utf8');
    assertNoSecretIn({ stdout: imported.stdout, stderr: imported.stderr, manifest: yaml }, secrets, 'import');
    assert.match(yaml, /url: https:\/\/\$\{\{ env\.[A-Z0-9_]+_URL_USERINFO \}\}@hooks\.example\.com\/in\$\{\{ env\.[A-Z0-9_]+_URL_TOKEN \}\}/);
    assert.match(yaml, /url: https:\/\/hooks\.slack\.com\/services\/\$\{\{ env\.[A-Z0-9_]+_URL_TOKEN \}\}/);
    assert.equal((imported.stderr.match(/^note: .*its URL holds what may be a token/gm) ?? []).length, 2, 'a note per hook');
    // with the variables set, the imported manifest loads and matches every live hook
    const names = [...yaml.matchAll(/\$\{\{ env\.([A-Z0-9_]+) \}\}/g)].map((m) => m[1]!);
    const values: Record<string, string> = {};
    for (const name of names) {
      if (name.endsWith('_URL_USERINFO')) values[name] = `svc:${secrets[4]}`;
      else if (name.endsWith('_URL_TOKEN')) values[name] = yaml.includes(`services/\${{ env.${name} }}`) ? `T0AAAA/B0BBBB/${secrets[2]}` : `?token=${secrets[1]}`;
      else if (name.endsWith('_API_KEY')) values[name] = secrets[3]!;
      else if (name.endsWith('_PASSWORD')) values[name] = secrets[0]!;
    }
    const plan = await runChild(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'plan', '--detailed-exitcode', '--manifest', out, '--api-url', ory.url], { cwd: dir, env: { ...env, ...values } });
    assert.equal(plan.code, 0, plan.stdout + plan.stderr);
    assert.match(plan.stdout, /Plan: 0 to create, 0 to update, 0 to delete\./);
    assertNoSecretIn({ stdout: plan.stdout, stderr: plan.stderr }, secrets, 'plan of the import');
  });
});

describe('4. the repository edge', () => {
  const OUTSIDE = 'OUTSIDE-THE-REPOSITORY-5e1f';
  function outsideFolder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'ory-outside-'));
    writeFileSync(join(dir, 'secret.jsonnet'), `function(ctx) { leaked: "${OUTSIDE}" }\n`);
    return dir;
  }

  for (const kind of ['file', 'folder'] as const) {
    test(`a body_file through a committed symbolic link to a ${kind} outside is a located manifest error; nothing of it is read, nothing reaches Ory`, async () => {
      const projectId = ory.addProject();
      const outside = outsideFolder();
      const bodyFile = kind === 'file' ? 'bodies/linked.jsonnet' : 'linked/secret.jsonnet';
      const manifest = `project_id: ${projectId}\nactions:\n${hook('leak', 'https://hooks.example.com/leak', `    body_file: ${bodyFile}\n`)}`;
      const workspace = makeWorkspace({ 'ory-actions.yaml': manifest });
      if (kind === 'file') {
        mkdirSync(join(workspace.dir, 'bodies'));
        symlinkSync(join(outside, 'secret.jsonnet'), join(workspace.dir, 'bodies', 'linked.jsonnet'));
      } else {
        symlinkSync(outside, join(workspace.dir, 'linked'));
      }
      ory.resetRequests();
      const pr = openPr();
      const plan = await runPlan(pr, { workspace });
      assert.equal(plan.code, 1);
      assert.equal(plan.outputs['failure-reason'], 'invalid-manifest', plan.log);
      assert.equal(plan.outputs.applied, 'false');
      assert.match(plan.log, /::error [^\n]*file=ory-actions\.yaml,line=7,col=16[^\n]*::[^\n]*outside the repository/);
      assertRunKeepsSecrets(plan, [OUTSIDE, ORY_KEY, TOKEN], 'symlink', github);
      assert.deepEqual(ory.countByRoute(), {}, 'no request reached Ory');
    });
  }

  test('a symbolic link inside the repository is followed', async () => {
    const projectId = ory.addProject();
    const manifest = `project_id: ${projectId}\nactions:\n${hook('inside', 'https://hooks.example.com/inside', '    body_file: bodies/current.jsonnet\n')}`;
    const workspace = makeWorkspace({ 'ory-actions.yaml': manifest, 'bodies/v2.jsonnet': 'function(ctx) { v: 2 }\n' });
    symlinkSync('v2.jsonnet', join(workspace.dir, 'bodies', 'current.jsonnet'));
    const plan = await runDispatch({ workspace, inputs: { mode: 'plan' } });
    ok(plan);
    assert.equal(plan.outputs['to-create'], '1');
  });

  test('an absolute manifest input inside the workspace is its relative path: the previous manifest is found and a removed action deleted', async () => {
    const projectId = ory.addProject();
    const base = `project_id: ${projectId}\nactions:\n${hook('keep', 'https://hooks.example.com/keep')}${hook('old', 'https://hooks.example.com/old')}`;
    ok(await runDispatch({ manifest: base }));
    const head = `project_id: ${projectId}\nactions:\n${hook('keep', 'https://hooks.example.com/keep')}`;
    const workspace = makeWorkspace({ 'ory-actions.yaml': head });
    const pr = openPr(base);
    const plan = await runPlan(pr, { workspace, inputs: { manifest: join(workspace.dir, 'ory-actions.yaml') } });
    ok(plan);
    assert.equal(plan.outputs['to-delete'], '1', plan.log);
    assert.equal(markerOf(commentsBy(pr, 'github-actions[bot]')[0]!.body).manifest, 'ory-actions.yaml');
  });

  test('an absolute manifest input outside the workspace is an error', async () => {
    const outside = outsideFolder();
    writeFileSync(join(outside, 'ory-actions.yaml'), `actions:\n${hook('x', 'https://hooks.example.com/x')}`);
    const result = await runDispatch({ manifest: 'actions: {}\n', inputs: { manifest: join(outside, 'ory-actions.yaml'), 'project-id': ory.addProject() } });
    assert.equal(result.code, 1);
    assert.equal(result.outputs['failure-reason'], 'invalid-manifest');
    assert.match(result.log, /outside the repository/);
  });
});

describe('5. a previous manifest with a variable no longer set', () => {
  test('only the action that cannot be resolved loses ownership, with a warning naming it; the other removed action is deleted', async () => {
    const projectId = ory.addProject();
    const GONE_URL = 'https://hooks.example.com/gone-7c2a';
    const base = `project_id: ${projectId}\nactions:\n${hook('gone', '${{ env.GONE_URL }}')}${hook('removed', 'https://hooks.example.com/removed')}${hook('keep', 'https://hooks.example.com/keep')}`;
    ok(await runDispatch({ manifest: base, env: { GONE_URL } }));
    assert.equal(webhooksOf(projectId, 'login', 'before').length, 3);
    const head = `project_id: ${projectId}\nactions:\n${hook('keep', 'https://hooks.example.com/keep')}`;
    const pr = openPr(base);
    const plan = await runPlan(pr, { manifest: head });
    ok(plan);
    assert.equal(plan.outputs['to-delete'], '1', plan.log);
    assert.match(plan.log, /::warning::Action "gone" of ory-actions\.yaml at [0-9a-f]{7} cannot be resolved \(environment variable GONE_URL is not set/);
    assert.match(plan.summary, /removed/);
    merge(pr);
    ok(await runMerge(pr, { manifest: head }));
    const left = webhooksOf(projectId, 'login', 'before').map((h) => h.config.url).sort();
    assert.deepEqual(left, [GONE_URL, 'https://hooks.example.com/keep']);
  });
});

describe('6. GitHub App tokens', () => {
  test('an App installation token edits its own comment, ignores github-actions[bot] markers of another workflow, and finds its approval', async () => {
    const projectId = ory.addProject();
    const manifest = `project_id: ${projectId}\nactions:\n${hook('welcome', 'https://hooks.example.com/welcome')}`;
    const pr = openPr();
    // another workflow's bot approved a different plan for the same manifest
    github.addComment(REPO, {
      issue_number: pr.number,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      body: `${MARKER}{"manifest":"ory-actions.yaml","environment":"","fingerprint":"sha256:forged","projects":{},"head_sha":"${pr.headSha}","status":"planned"} -->\nanother workflow`,
    });
    const first = await runPlan(pr, { manifest, token: APP_TOKEN });
    ok(first);
    const second = await runPlan(pr, { manifest: manifest.replace('/welcome', '/welcome-v2'), token: APP_TOKEN });
    ok(second);
    const ours = commentsBy(pr, 'ory-gitops[bot]');
    assert.equal(ours.length, 1, 'edited, not duplicated');
    assert.equal(markerOf(ours[0]!.body).fingerprint, second.outputs.fingerprint);
    assert.ok(commentsBy(pr, 'github-actions[bot]')[0]!.body.endsWith('another workflow'), 'the other bot\'s comment is untouched');
    merge(pr);
    const applied = await runMerge(pr, { manifest: manifest.replace('/welcome', '/welcome-v2'), token: APP_TOKEN });
    ok(applied);
    assert.equal(applied.outputs.applied, 'true');
    assert.equal(markerOf(commentsBy(pr, 'ory-gitops[bot]')[0]!.body).status, 'applied');
  });

  test('a forged approval by github-actions[bot] is not trusted with an App token', async () => {
    const projectId = ory.addProject();
    const manifest = `project_id: ${projectId}\nactions:\n${hook('forged', 'https://hooks.example.com/forged')}`;
    const pr = openPr();
    // plan once with the workflow token to learn the real fingerprint, then present it as the other bot's approval
    const planned = await runPlan(pr, { manifest });
    ok(planned);
    merge(pr);
    const writes = ory.writes;
    const result = await runMerge(pr, { manifest, token: APP_TOKEN });
    assert.equal(result.code, 1);
    assert.equal(result.outputs['failure-reason'], 'no-approved-plan', result.log);
    assert.equal(ory.writes, writes, 'nothing written');
  });

  test('comment-author names the login without asking GitHub', async () => {
    const manifest = `project_id: ${ory.addProject()}\nactions:\n${hook('named', 'https://hooks.example.com/named')}`;
    const pr = openPr();
    github.resetRequests();
    ok(await runPlan(pr, { manifest, token: APP_TOKEN, inputs: { 'comment-author': 'ory-gitops[bot]' } }));
    ok(await runPlan(pr, { manifest, token: APP_TOKEN, inputs: { 'comment-author': 'ory-gitops[bot]' } }));
    assert.equal(commentsBy(pr, 'ory-gitops[bot]').length, 1);
    const counts = github.countByRoute();
    assert.equal(counts['POST /graphql'], undefined);
    assert.equal(counts['GET /user'], undefined);
  });
});

describe('7. URLs: what is validated is what is written', () => {
  const cases: Array<{ name: string; url: string; column: number; text: RegExp }> = [
    { name: 'a space', url: '"https://hooks.example.com/a b"', column: 38, text: /space/ },
    { name: 'a zero-width space', url: '"https://hooks.example.com/a\\u200bb"', column: 38, text: /invisible character \(U\+200B\)/ },
    { name: 'a backslash', url: '"https://hooks.example.com\\\\evil.example.net/"', column: 36, text: /backslash/ },
    { name: 'no host after the scheme', url: 'https:hooks.example.com/x', column: 10, text: /no host/ },
    { name: 'a control character', url: '"https://hooks.example.com/a\\u0007"', column: 38, text: /control character/ },
  ];
  for (const c of cases) {
    test(`${c.name}: a located manifest error with a fix hint; nothing reaches Ory`, async () => {
      const projectId = ory.addProject();
      ory.resetRequests();
      const result = await runDispatch({ manifest: `project_id: ${projectId}\nactions:\n${hook('bad', c.url)}` });
      assert.equal(result.code, 1);
      assert.equal(result.outputs['failure-reason'], 'invalid-manifest', result.log);
      const annotation = result.log.split('\n').find((l) => l.startsWith('::error ') && l.includes('file=ory-actions.yaml,'));
      assert.ok(annotation, result.log);
      assert.match(annotation!, new RegExp(`line=6,col=${c.column}`));
      assert.match(annotation!, c.text);
      assert.match(annotation!, / — /, 'a hint');
      assert.deepEqual(ory.countByRoute(), {});
    });
  }
});

describe('9. small ones', () => {
  test('non-UTF-8 bytes in a body_file are a located error, not silently replaced', async () => {
    const projectId = ory.addProject();
    const manifest = `project_id: ${projectId}\nactions:\n${hook('latin1', 'https://hooks.example.com/latin1', '    body_file: bodies/latin1.jsonnet\n')}`;
    const workspace = makeWorkspace({ 'ory-actions.yaml': manifest });
    mkdirSync(join(workspace.dir, 'bodies'));
    writeFileSync(join(workspace.dir, 'bodies', 'latin1.jsonnet'), Buffer.concat([Buffer.from('function(ctx) {\n  name: "Jos'), Buffer.from([0xe9]), Buffer.from('",\n}\n')]));
    ory.resetRequests();
    const result = await runDispatch({ workspace });
    assert.equal(result.code, 1);
    assert.equal(result.outputs['failure-reason'], 'invalid-manifest');
    assert.equal(result.outputs.applied, 'false');
    assert.match(result.log, /::error [^\n]*file=bodies\/latin1\.jsonnet,line=2,col=13[^\n]*not UTF-8/);
    assert.deepEqual(ory.countByRoute(), {});
  });

  test('applied is set when a merge fails with plan-changed or no-approved-plan', async () => {
    const projectId = ory.addProject();
    const manifest = `project_id: ${projectId}\nactions:\n${hook('a', 'https://hooks.example.com/a')}`;
    const pr = openPr();
    ok(await runPlan(pr, { manifest }));
    merge(pr);
    const changed = await runMerge(pr, { manifest: manifest.replace('/a', '/b') });
    assert.equal(changed.outputs['failure-reason'], 'plan-changed', changed.log);
    assert.equal(changed.outputs.applied, 'false');
    const orphan = { number: 99_999, headSha: sha(99_999, '1'), baseSha: sha(99_999, '2'), mergeSha: sha(99_999, '9') };
    const none = await runMerge(orphan, { manifest });
    assert.equal(none.outputs['failure-reason'], 'no-approved-plan');
    assert.equal(none.outputs.applied, 'false');
  });

  test('a commit two merged pull requests hold, merging neither, says so', async () => {
    const projectId = ory.addProject();
    const manifest = `project_id: ${projectId}\nactions:\n${hook('twice', 'https://hooks.example.com/twice')}`;
    const first = openPr();
    const second = openPr();
    const shared = sha(first.number, '7');
    for (const pr of [first, second]) {
      const pull = github.state.repos[REPO]!.pulls.find((p) => p.number === pr.number)!;
      pull.state = 'closed';
      pull.merged_at = '2024-01-02T00:00:00Z';
      pull.merge_commit_sha = sha(pr.number, '9');
      (pull.commits as string[]).push(shared);
    }
    const result = await runMerge({ ...first, mergeSha: shared }, { manifest });
    assert.equal(result.code, 1);
    assert.equal(result.outputs['failure-reason'], 'no-approved-plan');
    assert.match(result.log, new RegExp(`2 merged pull requests \\(#${first.number}, #${second.number}\\)`));
  });
});
