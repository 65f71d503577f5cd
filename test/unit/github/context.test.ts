import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NULL_SHA, readGitHubContext } from '../../../src/github/context.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}.json`, import.meta.url));
const readFile = (path: string) => readFileSync(path, 'utf8');

function runnerEnv(eventName: string, extra: Record<string, string | undefined> = {}) {
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: fixture(eventName),
    GITHUB_REPOSITORY: 'acme/identity',
    GITHUB_SHA: 'abcdefabcdefabcdefabcdefabcdefabcdefabcd',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '987654321',
    GITHUB_RUN_NUMBER: '12',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'Ory Actions',
    GITHUB_ACTOR: 'octocat',
    ...extra,
  };
}

test('pull_request: repo, run url, api url default and the pull request', () => {
  const context = readGitHubContext(runnerEnv('pull_request', { GITHUB_REF: 'refs/pull/42/merge' }), readFile);
  assert.equal(context.eventName, 'pull_request');
  assert.deepEqual(context.repo, { owner: 'acme', repo: 'identity' });
  assert.equal(context.apiUrl, 'https://api.github.com');
  assert.equal(context.runUrl, 'https://github.com/acme/identity/actions/runs/987654321');
  assert.equal(context.runNumber, '12');
  assert.equal(context.runAttempt, '2');
  assert.equal(context.workflow, 'Ory Actions');
  assert.equal(context.actor, 'octocat');
  assert.equal(context.ref, 'refs/pull/42/merge');
  assert.deepEqual(context.pullRequest, {
    number: 42,
    headSha: '1111111111111111111111111111111111111111',
    headRef: 'add-welcome',
    baseSha: '2222222222222222222222222222222222222222',
    baseRef: 'main',
    headRepoFullName: 'acme/identity',
    isFork: false,
  });
  assert.equal(context.push, undefined);
  assert.equal((context.payload['pull_request'] as { title: string }).title, 'Add welcome webhook');
});

test('pull_request from a fork is marked as a fork', () => {
  const env = { ...runnerEnv('pull_request'), GITHUB_EVENT_PATH: fixture('pull_request_fork') };
  const context = readGitHubContext(env, readFile);
  assert.equal(context.pullRequest?.isFork, true);
  assert.equal(context.pullRequest?.headRepoFullName, 'stranger/identity');
  assert.equal(context.pullRequest?.number, 7);
  assert.equal(context.pullRequest?.baseSha, '4444444444444444444444444444444444444444');
});

test('pull_request_target reads the pull request too; a deleted fork counts as a fork', () => {
  const payload = {
    pull_request: {
      number: 3,
      head: { sha: 'h', ref: 'x', repo: null },
      base: { sha: 'b', ref: 'main', repo: { full_name: 'acme/identity' } },
    },
  };
  const context = readGitHubContext(
    { ...runnerEnv('pull_request_target'), GITHUB_EVENT_PATH: '/event.json' },
    () => JSON.stringify(payload),
  );
  assert.equal(context.pullRequest?.number, 3);
  assert.equal(context.pullRequest?.headRepoFullName, undefined);
  assert.equal(context.pullRequest?.isFork, true);
});

test('push: before, after and ref come from the payload', () => {
  const context = readGitHubContext(
    runnerEnv('push', { GITHUB_SHA: '5555555555555555555555555555555555555555', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }),
    readFile,
  );
  assert.deepEqual(context.push, {
    before: '2222222222222222222222222222222222222222',
    after: '5555555555555555555555555555555555555555',
    ref: 'refs/heads/main',
  });
  assert.equal(context.pullRequest, undefined);
  assert.equal(context.apiUrl, 'https://ghe.example.com/api/v3', 'trailing slash trimmed');
});

test('push without before in the payload falls back to the null sha', () => {
  const context = readGitHubContext({ ...runnerEnv('push'), GITHUB_EVENT_PATH: '/e.json' }, () => '{"after":"f00"}');
  assert.equal(context.push?.before, NULL_SHA);
  assert.equal(context.push?.after, 'f00');
});

test('workflow_dispatch and schedule have neither pull request nor push', () => {
  const dispatch = readGitHubContext(runnerEnv('workflow_dispatch'), readFile);
  assert.equal(dispatch.eventName, 'workflow_dispatch');
  assert.deepEqual(dispatch.payload['inputs'], { mode: 'plan' });
  assert.equal(dispatch.pullRequest, undefined);
  assert.equal(dispatch.push, undefined);

  const schedule = readGitHubContext(runnerEnv('schedule', { GITHUB_SERVER_URL: 'https://ghe.example.com/' }), readFile);
  assert.equal(schedule.eventName, 'schedule');
  assert.equal(schedule.payload['schedule'], '17 6 * * *');
  assert.equal(schedule.pullRequest, undefined);
  assert.equal(schedule.runUrl, 'https://ghe.example.com/acme/identity/actions/runs/987654321');
});

test('the repository falls back to the payload when GITHUB_REPOSITORY is missing', () => {
  const context = readGitHubContext({ ...runnerEnv('push'), GITHUB_REPOSITORY: undefined }, readFile);
  assert.deepEqual(context.repo, { owner: 'acme', repo: 'identity' });
});

test('errors name the problem: no repository, unreadable or invalid payload, pull request without number', () => {
  assert.throws(
    () => readGitHubContext({ GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'a'.repeat(40) }, readFile),
    /GITHUB_REPOSITORY is not set/,
  );
  assert.deepEqual(readGitHubContext({ GITHUB_EVENT_NAME: 'schedule' }, readFile).repo, { owner: '', repo: '' }, 'a schedule needs no repository');
  assert.throws(
    () =>
      readGitHubContext({ ...runnerEnv('push'), GITHUB_EVENT_PATH: '/nope.json' }, () => {
        throw new Error('ENOENT');
      }),
    /Cannot read the event payload at GITHUB_EVENT_PATH \(\/nope\.json\): ENOENT/,
  );
  assert.throws(
    () => readGitHubContext({ ...runnerEnv('push'), GITHUB_EVENT_PATH: '/bad.json' }, () => '{nope'),
    /not valid JSON/,
  );
  assert.throws(
    () => readGitHubContext({ ...runnerEnv('pull_request'), GITHUB_EVENT_PATH: '/e.json' }, () => '{"pull_request":{}}'),
    /no valid `number`/,
  );
});

test('no event path: empty payload, no file read', () => {
  let reads = 0;
  const context = readGitHubContext({ ...runnerEnv('workflow_dispatch'), GITHUB_EVENT_PATH: undefined }, () => {
    reads++;
    return '{}';
  });
  assert.equal(reads, 0);
  assert.deepEqual(context.payload, {});
});

test('merge_group: the group commit, its base, and the queued pull request from head_ref', async () => {
  const { mergeGroupEvent } = await import('../../../emulators/github-api/index.ts');
  const event = mergeGroupEvent({ repository: 'acme/identity', pullNumber: 123, headSha: 'c'.repeat(40), baseSha: 'b'.repeat(40) });
  const context = readGitHubContext({ ...runnerEnv('merge_group', { GITHUB_EVENT_PATH: '/event.json', ...event.env }) }, () => JSON.stringify(event.payload));
  assert.deepEqual(context.mergeGroup, { headSha: 'c'.repeat(40), headRef: event.env.GITHUB_REF, baseSha: 'b'.repeat(40), baseRef: 'refs/heads/main', pullNumber: 123 });
  const { queuedPullNumber } = await import('../../../src/github/context.ts');
  assert.equal(queuedPullNumber('refs/heads/gh-readonly-queue/release/v2/pr-7-0a1b2c'), 7, 'a base branch with a slash');
  assert.equal(queuedPullNumber('refs/heads/main'), undefined);
  assert.equal(queuedPullNumber('refs/heads/gh-readonly-queue/main/pr-0-abc'), undefined);
  assert.throws(() => readGitHubContext(runnerEnv('merge_group', { GITHUB_EVENT_PATH: '/event.json' }), () => '{}'), /no `merge_group` object/);
});
