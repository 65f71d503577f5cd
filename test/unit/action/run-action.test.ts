/**
 * runAction with every edge injected: an in-memory Ory, an in-memory GitHub, files from a map.
 * The end-to-end suites run the bundle; these pin the flow's decisions without processes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActionRuntime, ArtifactUpload } from '../../../src/action/runtime.ts';
import { runAction } from '../../../src/action/run.ts';
import type { GitHubApi, IssueComment } from '../../../src/github/client.ts';
import { GitHubPermissionError } from '../../../src/github/errors.ts';
import { PatchRejected, RevisionConflict, type OryProjects } from '../../../src/ory/client.ts';
import { applyLocally } from '../../support/apply-locally.ts';
import { PROJECT_ID, rawProject } from '../../support/model-fixtures.ts';

const MANIFEST = `project_id: ${PROJECT_ID}
actions:
  welcome:
    flow: registration
    timing: after
    auth_method: password
    url: https://hooks.example.com/welcome
`;

function memoryOry() {
  let project: any = rawProject();
  let revision = 1;
  const calls: string[] = [];
  const ory: OryProjects = {
    async getProject() {
      calls.push('get');
      return structuredClone(project);
    },
    async patchProject(_id, revisionId, ops) {
      calls.push('patch');
      if (revisionId !== project.revision_id) throw new RevisionConflict(PROJECT_ID);
      try {
        project = applyLocally(project, ops);
      } catch (error) {
        throw new PatchRejected(PROJECT_ID, String(error));
      }
      project.revision_id = `rev-${++revision}`;
      return { project: structuredClone(project), warnings: [] };
    },
    async pause() {},
  };
  return { ory, calls, edit: (f: (p: any) => void) => { f(project); project.revision_id = `rev-${++revision}`; } };
}

function memoryGitHub(options: { canComment?: boolean } = {}) {
  const comments: IssueComment[] = [];
  let pulls: any[] = [];
  const api: GitHubApi = {
    authenticatedLogin: async () => 'github-actions[bot]',
    async *listIssueComments() {
      yield comments.slice();
    },
    async createIssueComment(_o, _r, _n, body) {
      if (options.canComment === false) throw new GitHubPermissionError('GitHub refused to write the comment: the token lacks `pull-requests: write` (fork pull requests get a read-only token).', {
          status: 403,
          route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
          permission: 'pull-requests: write',
        });
      const comment = { id: comments.length + 1, body, user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: `https://github.com/c/${comments.length + 1}`, created_at: '2024', updated_at: '2024' };
      comments.push(comment);
      return comment;
    },
    async updateIssueComment(_o, _r, id, body) {
      const comment = comments.find((c) => c.id === id)!;
      (comment as { body: string }).body = body;
      return comment;
    },
    pullsForCommit: async () => pulls,
    fileAtRef: async () => undefined,
    async *listOpenPulls() {},
    setCommitStatus: async () => {},
    async *listIssues() {},
    createIssue: async () => ({ number: 1, html_url: 'https://github.com/i/1' }),
    updateIssue: async (_o, _r, number) => ({ number, html_url: `https://github.com/i/${number}` }),
  };
  return { api, comments, setPulls: (p: any[]) => (pulls = p) };
}

function runtime(event: { name: string; payload: unknown }, ory: OryProjects, github: GitHubApi, inputs: Record<string, string> = {}, manifest = MANIFEST) {
  const outputs: Record<string, string> = {};
  const uploads: ArtifactUpload[] = [];
  const log: string[] = [];
  let failed: string | undefined;
  const rt: ActionRuntime = {
    getInput: (name) => ({ 'ory-api-key': 'ory_wak_unit', 'github-token': 'ghs_unit', ...inputs })[name] ?? '',
    setOutput: (name, value) => void (outputs[name] = value),
    setSecret: () => {},
    setFailed: (message) => void (failed = message),
    info: (m) => void log.push(m),
    warning: (m) => void log.push(`warning: ${m}`),
    error: (m) => void log.push(`error: ${m}`),
    group: (_t, work) => work(),
    appendSummary: (m) => void log.push(`summary: ${m}`),
    env: { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: '/event.json', GITHUB_REPOSITORY: 'acme/identity', GITHUB_SHA: 'f'.repeat(40), GITHUB_RUN_ID: '1', GITHUB_RUN_NUMBER: '1' },
    workspace: { read: (path) => (path === 'ory-actions.yaml' ? manifest : undefined) },
    workspaceRoot: '/home/runner/work/identity/identity',
    readAbsolute: () => JSON.stringify(event.payload),
    writePlanFile: (name) => `/tmp/${name}`,
    createOry: () => ory,
    createGitHub: () => github,
    uploadArtifact: async (artifact) => (uploads.push(artifact), { id: 9000 + uploads.length }),
  };
  return { rt, outputs, log, uploads, failed: () => failed };
}

const PR = { name: 'pull_request', payload: { pull_request: { number: 5, head: { sha: '1'.repeat(40), ref: 'x', repo: { full_name: 'acme/identity' } }, base: { sha: '2'.repeat(40), ref: 'main', repo: { full_name: 'acme/identity' } } } } };
const PUSH = { name: 'push', payload: { before: '2'.repeat(40), after: 'f'.repeat(40), ref: 'refs/heads/main' } };
const MERGED = [{ number: 5, state: 'closed', merged_at: '2024', merge_commit_sha: 'f'.repeat(40), head: { sha: '1'.repeat(40), ref: 'x' }, base: { sha: '2'.repeat(40), ref: 'main' }, html_url: '' }];

test('a PR plan comments once; the merge applies that plan with one GET and one PATCH and marks it applied', async () => {
  const ory = memoryOry();
  const github = memoryGitHub();
  const plan = runtime(PR, ory.ory, github.api);
  await runAction(plan.rt);
  assert.equal(plan.failed(), undefined, plan.log.join('\n'));
  assert.equal(github.comments.length, 1);
  assert.match(github.comments[0]!.body, /"status":"planned"/);
  assert.deepEqual(ory.calls, ['get']);

  github.setPulls(MERGED);
  const merge = runtime(PUSH, ory.ory, github.api);
  await runAction(merge.rt);
  assert.equal(merge.failed(), undefined, merge.log.join('\n'));
  assert.equal(merge.outputs.applied, 'true');
  assert.deepEqual(ory.calls, ['get', 'get', 'patch']);
  assert.equal(github.comments.length, 1);
  assert.match(github.comments[0]!.body, /"status":"applied"/);
});

test('a plan that changed since approval fails with plan-changed, names the change, and writes nothing', async () => {
  const ory = memoryOry();
  const github = memoryGitHub();
  await runAction(runtime(PR, ory.ory, github.api).rt);
  ory.edit((p) => p.services.identity.config.selfservice.flows.registration.after.password.hooks.unshift({ hook: 'web_hook', config: { url: 'https://hooks.example.com/welcome', method: 'POST', can_interrupt: true } }));
  github.setPulls(MERGED);
  const merge = runtime(PUSH, ory.ory, github.api);
  await runAction(merge.rt);
  assert.equal(merge.outputs['failure-reason'], 'plan-changed');
  assert.match(merge.failed()!, /differs from the one approved in pull request #5/);
  assert.match(merge.log.join('\n'), /welcome/);
  assert.equal(ory.calls.includes('patch'), false);
  assert.match(github.comments[0]!.body, /"status":"failed"/);
});

test('without permission to comment the plan still succeeds, with a warning naming the permission', async () => {
  const github = memoryGitHub({ canComment: false });
  const plan = runtime(PR, memoryOry().ory, github.api);
  await runAction(plan.rt);
  assert.equal(plan.failed(), undefined);
  assert.equal(plan.outputs['to-create'], '1');
  assert.ok(plan.log.some((l) => l.startsWith('warning:') && l.includes('pull-requests: write')), plan.log.join('\n'));
});

test('an applied comment is a record: a newer plan on the same pull request gets a comment of its own', async () => {
  const ory = memoryOry();
  const github = memoryGitHub();
  await runAction(runtime(PR, ory.ory, github.api).rt);
  github.setPulls(MERGED);
  await runAction(runtime(PUSH, ory.ory, github.api).rt);
  assert.match(github.comments[0]!.body, /"status":"applied"/);
  await runAction(runtime(PR, ory.ory, github.api).rt);
  assert.equal(github.comments.length, 2);
  assert.match(github.comments[0]!.body, /"status":"applied"/, 'the record stays');
  assert.match(github.comments[1]!.body, /"status":"planned"/);
});

test('a pull request whose manifest has errors gets them in its comment instead of a stale plan', async () => {
  const ory = memoryOry();
  const github = memoryGitHub();
  await runAction(runtime(PR, ory.ory, github.api).rt);
  const broken = runtime(PR, ory.ory, github.api, {}, MANIFEST.replace('flow: registration', 'flow: registraton'));
  await runAction(broken.rt);
  assert.equal(broken.outputs['failure-reason'], 'invalid-manifest');
  assert.equal(github.comments.length, 1, 'the same comment, edited');
  assert.match(github.comments[0]!.body, /"status":"failed"/);
  assert.match(github.comments[0]!.body, /ory-actions\.yaml:4:11/);
  assert.match(github.comments[0]!.body, /registration/);
  assert.deepEqual(ory.calls, ['get'], 'Ory was not asked again');
});

test('a push with nothing to change succeeds without an approved plan', async () => {
  const ory = memoryOry();
  const github = memoryGitHub();
  await runAction(runtime({ name: 'workflow_dispatch', payload: {} }, ory.ory, github.api).rt);
  const push = runtime(PUSH, ory.ory, github.api);
  await runAction(push.rt);
  assert.equal(push.failed(), undefined, push.log.join('\n'));
  assert.equal(push.outputs['has-changes'], 'false');
  assert.equal(push.outputs.applied, 'false');
});

test('a base commit with the same manifest text is not parsed again; its actions own their hooks, and a changed base still is', async () => {
  const ory = memoryOry();
  await runAction(runtime({ name: 'workflow_dispatch', payload: {} }, ory.ory, memoryGitHub().api).rt);

  const same = memoryGitHub();
  same.api.fileAtRef = async () => MANIFEST;
  const unchanged = runtime(PR, ory.ory, same.api);
  await runAction(unchanged.rt);
  assert.equal(unchanged.failed(), undefined, unchanged.log.join('\n'));
  assert.ok(unchanged.log.some((line) => /ory-actions\.yaml is unchanged since 2222222: its 1 action\(s\) owned hooks/.test(line)), unchanged.log.join('\n'));
  assert.equal(unchanged.outputs['has-changes'], 'false');

  // The base owned a second hook under another name: it is the previous manifest's, parsed, and its hook is deleted.
  ory.edit((p) => p.services.identity.config.selfservice.flows.registration.after.password.hooks.push({ hook: 'web_hook', config: { url: 'https://hooks.example.com/gone', method: 'POST' } }));
  const changed = memoryGitHub();
  changed.api.fileAtRef = async () => `${MANIFEST}  gone:\n    flow: registration\n    timing: after\n    auth_method: password\n    url: https://hooks.example.com/gone\n`;
  const planned = runtime(PR, ory.ory, changed.api);
  await runAction(planned.rt);
  assert.equal(planned.failed(), undefined, planned.log.join('\n'));
  assert.ok(!planned.log.some((line) => /is unchanged since/.test(line)));
  assert.equal(planned.outputs['to-delete'], '1');
});

test('a body that fails for the sample annotates its body-file line, and an inline one its manifest line', async () => {
  const manifest = `${MANIFEST}    body_file: bodies/welcome.jsonnet
  greet:
    flow: login
    timing: before
    url: https://hooks.example.com/greet
    body: |
      function(ctx) {
        id: ctx.identity.id,
      }
`;
  const files: Record<string, string> = { 'ory-actions.yaml': manifest, 'bodies/welcome.jsonnet': 'function(ctx) {\n  email: ctx.identity.traits.email,\n  locale: ctx.identity.traits.locale,\n}\n' };
  const base = runtime(PR, memoryOry().ory, memoryGitHub().api, {}, manifest);
  const annotations: Array<{ message: string; location?: { file: string; line: number; column: number; title?: string } }> = [];
  const rt: ActionRuntime = { ...base.rt, workspace: { read: (path) => files[path] }, warning: (message, location) => void annotations.push({ message, ...(location ? { location } : {}) }) };
  await runAction(rt);
  assert.equal(base.failed(), undefined, base.log.join('\n'));
  const located = annotations.filter((a) => a.location?.title === 'Ory Actions plan');
  const body = located.find((a) => a.location!.file === 'bodies/welcome.jsonnet');
  assert.ok(body, JSON.stringify(annotations));
  assert.equal(body.location!.line, 3);
  assert.match(body.message, /fails for a sample registration after request.*locale/);
  const inline = located.find((a) => a.location!.file === 'ory-actions.yaml' && /"greet"/.test(a.message));
  assert.ok(inline, JSON.stringify(located));
  assert.equal(inline.location!.line, 15, 'the line of `id: ctx.identity.id` in the manifest');
});

/** A manifest whose plan (bodies and previews included) is longer than a comment allows. */
function longManifest(count: number): string {
  const lines = [`project_id: ${PROJECT_ID}`, 'actions:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  hook_${i}:`, '    flow: registration', '    timing: after', '    auth_method: password', `    url: https://hooks.example.com/${i}`, '    body: |', `      function(ctx) { id: ctx.identity.id, email: ctx.identity.traits.email, n: ${i}, note: "${'x'.repeat(120)}" }`);
  }
  return lines.join('\n') + '\n';
}

test('a plan that fits its comment uploads no artifact (the seed costs nothing more)', async () => {
  const run = runtime(PR, memoryOry().ory, memoryGitHub().api);
  await runAction(run.rt);
  assert.equal(run.failed(), undefined, run.log.join('\n'));
  assert.deepEqual(run.uploads, []);
  assert.doesNotMatch(run.log.join('\n'), /artifact/);
});

test('a cut comment: the full plan (plan.md with bodies and previews, plan.json) is uploaded and both comment and summary link it', async () => {
  const github = memoryGitHub();
  const run = runtime(PR, memoryOry().ory, github.api, {}, longManifest(400));
  await runAction(run.rt);
  assert.equal(run.failed(), undefined, run.log.join('\n'));
  assert.equal(run.uploads.length, 1);
  const [upload] = run.uploads;
  assert.equal(upload!.name, 'ory-actions-plan-ory-actions-yaml');
  assert.equal(upload!.retentionDays, 14);
  assert.deepEqual(Object.keys(upload!.files).sort(), ['plan.json', 'plan.md']);
  const markdown = upload!.files['plan.md']!;
  // every body and every request preview, which the comment leaves out
  for (const i of [0, 199, 399]) {
    assert.ok(markdown.includes(`n: ${i}, note:`), `plan.md holds the body of hook_${i}`);
    assert.match(markdown, new RegExp(`"n": ${i},`), `plan.md holds the request preview of hook_${i}`);
  }
  assert.doesNotMatch(markdown, /shortened|left out/);
  assert.equal(JSON.parse(upload!.files['plan.json']!).summary.create, 400);
  const link = 'https://github.com/acme/identity/actions/runs/1/artifacts/9001';
  const comment = github.comments[0]!.body;
  assert.ok(comment.length <= 65_536);
  assert.match(comment, /This plan was shortened/);
  assert.ok(comment.includes(`The full plan is in the workflow artifact [\`ory-actions-plan-ory-actions-yaml\`](${link}) (\`plan.md\` and \`plan.json\`, kept 14 days).`), comment.slice(0, 2000));
  const summary = run.log.find((line) => line.startsWith('summary: '))!;
  assert.ok(summary.includes(`📦 The full plan, with every body and request preview, is in the workflow artifact [\`ory-actions-plan-ory-actions-yaml\`](${link})`), summary.slice(-3000));
});

test('no artifact service (not on a runner) or a failed upload: a warning, the comment links the job summary, the run succeeds', async () => {
  for (const why of ['no artifact service for this run (ACTIONS_RUNTIME_TOKEN is not set: not on a GitHub Actions runner)', 'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict']) {
    const github = memoryGitHub();
    const run = runtime(PR, memoryOry().ory, github.api, {}, longManifest(400));
    const rt: ActionRuntime = { ...run.rt, uploadArtifact: async () => { throw new Error(why); } };
    await runAction(rt);
    assert.equal(run.failed(), undefined, run.log.join('\n'));
    const warnings = run.log.filter((line) => line.startsWith('warning: ') && line.includes('artifact'));
    assert.equal(warnings.length, 1, run.log.join('\n'));
    assert.ok(warnings[0]!.includes(why), warnings[0]);
    const comment = github.comments[0]!.body;
    assert.match(comment, /The full plan is in the \[job summary of run #1\]\(https:\/\/github\.com\/acme\/identity\/actions\/runs\/1\)/);
    assert.doesNotMatch(comment, /artifacts\//);
    assert.doesNotMatch(run.log.find((line) => line.startsWith('summary: '))!, /artifacts\//);
  }
});
