/**
 * .github/workflows/e2e.yml, run here the way a runner runs its job (test/support/workflow-runner.ts:
 * every step but the runner's own setup, expressions evaluated, `uses: ./` as the bundled action).
 * The pull request talks to the fake GitHub API; the job's own steps start the Ory emulator and
 * check the run. Needs a fresh `npm run build`.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startFakeGitHub, type FakeGitHub, installationToken } from '../../emulators/github-api/index.ts';
import { assertJobSucceeded, runWorkflowJob, type StepRecord } from '../support/workflow-runner.ts';
const TOKEN = 'ghs_e2e_workflow_token_1234';
const REPO = 'ory-actions-gitops/ory-actions-gitops';
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
let github: FakeGitHub;
const emulators: number[] = [];

before(async () => {
  github = await startFakeGitHub({
    tokens: { [TOKEN]: installationToken({ pull_requests: 'write', contents: 'read' }) },
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

/** Runs e2e.yml's job; remembers the emulator it starts, to stop it when the file is done. */
async function runJob(eventName: string, payload: Record<string, unknown>, inputs: Record<string, string>): Promise<StepRecord[]> {
  const records = await runWorkflowJob({
    workflow: '.github/workflows/e2e.yml',
    job: 'ory-actions',
    eventName,
    payload,
    inputs,
    github: { token: TOKEN, repository: REPO, sha: HEAD_SHA },
    githubApiUrl: github.url,
  });
  const pid = records.find((r) => r.id === 'ory')?.outputs.pid;
  if (pid) emulators.push(Number(pid));
  return records;
}

function assertRan(records: StepRecord[]): void {
  assertJobSucceeded(records);
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
