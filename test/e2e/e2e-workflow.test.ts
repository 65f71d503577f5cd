/**
 * .github/workflows/e2e.yml, run here the way a runner runs its job: each step in order, its `if:`
 * and `${{ }}` expressions evaluated (test/support/workflow-expressions.ts), `run:` steps in bash with
 * GITHUB_OUTPUT, `uses: ./` as the bundled action with action.yml's defaults and the step's `with:`
 * and `env:`. Only the runner's own setup is skipped: checkout and setup-node (this is the checkout,
 * on this machine's Node) and `npm ci` (done). The pull request talks to the fake GitHub API; the
 * job's own steps start the Ory emulator and check the run. Needs a fresh `npm run build`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../../emulators/github-api/index.ts';
import { NODE_24, parseOutputFile, runBundledAction } from '../support/action-runner.ts';
import { runChild } from '../support/child-process.ts';
import { ROOT } from '../support/paths.ts';
import { evaluateTemplate, toText, type Contexts } from '../support/workflow-expressions.ts';

const WORKFLOW = parse(readFileSync(join(ROOT, '.github', 'workflows', 'e2e.yml'), 'utf8')) as Record<string, any>;
const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { using: string } };
const TOKEN = 'ghs_e2e_workflow_token_1234';
const REPO = 'ory-actions-gitops/ory-actions-gitops';
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
let github: FakeGitHub;
const emulators: number[] = [];

before(async () => {
  github = await startFakeGitHub({
    tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot', installation: true, permissions: { pull_requests: 'write', contents: 'read' } } },
    repos: { [REPO]: { files: { [BASE_SHA]: {} } } },
  });
  github.state.repos[REPO]!.pulls.push({
    number: 7,
    state: 'open',
    merged_at: null,
    merge_commit_sha: null,
    head: { sha: HEAD_SHA, ref: 'change', repo_full_name: REPO },
    base: { sha: BASE_SHA, ref: 'main' },
    commits: [HEAD_SHA],
  });
});
after(async () => {
  for (const pid of emulators) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await github.close();
});

interface StepRecord {
  readonly name: string;
  readonly outcome: 'success' | 'failure' | 'skipped';
  readonly log: string;
}

/** Runs the e2e workflow's one job for an event; the record of every step. */
async function runJob(eventName: string, payload: Record<string, unknown>, inputs: Record<string, string>): Promise<StepRecord[]> {
  const [[, job]] = Object.entries<any>(WORKFLOW.jobs) as [[string, any]];
  const temp = mkdtempSync(join(tmpdir(), 'e2e-workflow-'));
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  const contexts: Contexts = {
    github: { event_name: eventName, event: payload, token: TOKEN, repository: REPO, run_id: '4242' },
    inputs,
    steps,
    runner: { temp },
    env: {},
    vars: {},
    secrets: {},
    job: { status: 'success' },
  };
  const records: StepRecord[] = [];
  let failed = false;
  for (const [index, step] of (job.steps as Array<Record<string, any>>).entries()) {
    const name = step.name ?? step.uses ?? step.run;
    const condition = step.if === undefined ? !failed : Boolean(evaluateTemplate(/\$\{\{/.test(step.if) ? step.if : `\${{ ${step.if} }}`, { ...contexts, 'job.status': failed ? 'failure' : 'success' }));
    const runnerSetup = /^actions\/(checkout|setup-node)@/.test(step.uses ?? '') || /^npm ci\b/.test(step.run ?? '');
    if (!condition || runnerSetup) {
      records.push({ name, outcome: 'skipped', log: runnerSetup ? "the runner's setup: done here already" : 'if: false' });
      continue;
    }
    const env = Object.fromEntries(Object.entries<string>(step.env ?? {}).map(([key, value]) => [key, toText(evaluateTemplate(String(value), contexts))]));
    let outcome: 'success' | 'failure';
    let outputs: Record<string, string>;
    let log: string;
    if (typeof step.run === 'string') {
      const outputFile = join(temp, `output-${index}`);
      writeFileSync(outputFile, '');
      const script = toText(evaluateTemplate(step.run, contexts));
      const result = await runChild('bash', ['-e', '-c', script], {
        cwd: ROOT,
        timeoutMs: 60_000,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? temp, RUNNER_TEMP: temp, GITHUB_OUTPUT: outputFile, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath, GITHUB_REF_NAME: 'main', ...env },
      });
      outcome = result.code === 0 ? 'success' : 'failure';
      outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
      log = result.stdout + result.stderr;
    } else {
      assert.equal(step.uses, './', `the local run knows no action ${step.uses}`);
      assert.equal(ACTION.runs.using, 'node24');
      const actionInputs: Record<string, string> = {};
      for (const [input, spec] of Object.entries(ACTION.inputs)) if (spec.default !== undefined) actionInputs[input] = toText(evaluateTemplate(String(spec.default), contexts));
      for (const [input, value] of Object.entries<unknown>(step.with ?? {})) actionInputs[input] = toText(evaluateTemplate(String(value), contexts));
      const result = await runBundledAction({
        workspace: { dir: ROOT, write: () => assert.fail('the checkout is not written to') },
        inputs: actionInputs,
        eventName,
        payload,
        env,
        node: NODE_24,
        githubApiUrl: github.url,
        repository: REPO,
        sha: HEAD_SHA,
      });
      outcome = result.code === 0 ? 'success' : 'failure';
      outputs = result.outputs;
      log = result.log + result.stderr;
    }
    if (typeof step.id === 'string') steps[step.id] = { outputs, outcome };
    if (step.id === 'ory' && outputs.pid) emulators.push(Number(outputs.pid));
    if (outcome === 'failure') failed = true;
    records.push({ name, outcome, log });
  }
  return records;
}

function assertRan(records: StepRecord[]): void {
  const failures = records.filter((r) => r.outcome === 'failure');
  assert.deepEqual(failures.map((f) => `${f.name}:\n${f.log}`), []);
  assert.equal(records.at(-1)!.outcome, 'success', 'the job ends with its check');
}

test('e2e.yml on a pull request: the job plans against its emulator, posts the plan comment, and its check passes', async () => {
  const payload = {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: HEAD_SHA, ref: 'change', repo: { full_name: REPO, fork: false } },
      base: { sha: BASE_SHA, ref: 'main', repo: { full_name: REPO, fork: false } },
    },
    repository: { full_name: REPO },
  };
  const records = await runJob('pull_request', payload, {});
  assertRan(records);
  assert.deepEqual(records.map((r) => r.outcome), ['skipped', 'skipped', 'skipped', 'success', 'success', 'success']);
  assert.match(records.at(-1)!.log, /The pull_request run \(mode auto\) did what it must, with 1 x GET \/projects\/\{id\}\./);
  const comments = github.commentsOf(REPO, 7).filter((c) => c.body.startsWith('<!-- ory-actions-gitops '));
  assert.equal(comments.length, 1);
  assert.match(comments[0]!.body, /Plan: 4 to create, 0 to update, 0 to delete\./);
});

test('e2e.yml on "Run workflow" (mode apply): the job applies with one GET and one PATCH, and its check passes', async () => {
  const records = await runJob('workflow_dispatch', { inputs: { mode: 'apply' }, repository: { full_name: REPO } }, { mode: 'apply' });
  assertRan(records);
  assert.match(records.at(-1)!.log, /The workflow_dispatch run \(mode apply\) did what it must, with 1 x GET \/projects\/\{id\}, 1 x PATCH \/projects\/\{id\}\/revision\/\{rev\}\./);
});

test('e2e.yml on "Run workflow" (mode plan): a dry run that writes nothing, and its check passes', async () => {
  const records = await runJob('workflow_dispatch', { inputs: { mode: 'plan' }, repository: { full_name: REPO } }, { mode: 'plan' });
  assertRan(records);
  assert.match(records.at(-1)!.log, /The workflow_dispatch run \(mode plan\) did what it must, with 1 x GET \/projects\/\{id\}\./);
});
