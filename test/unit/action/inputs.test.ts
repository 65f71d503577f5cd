import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError, intentOf, readInputs } from '../../../src/action/inputs.ts';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

test('inputs: defaults follow action.yml, values are trimmed and typed', () => {
  const inputs = readInputs(reader({ 'ory-api-key': ' ory_wak_x ', comment: 'false', 'auto-approve': 'TRUE', 'project-id': ' p1 ' }));
  assert.deepEqual(inputs, {
    mode: 'auto',
    manifest: 'ory-actions.yaml',
    oryApiKey: 'ory_wak_x',
    oryApiUrl: 'https://api.console.ory.sh',
    projectId: 'p1',
    githubToken: '',
    comment: false,
    autoApprove: true,
  });
});

test('inputs: a bad mode, boolean or URL names the input and what it takes', () => {
  assert.throws(() => readInputs(reader({ mode: 'destroy' })), (e: unknown) => e instanceof InputError && /`mode` must be one of auto, plan, apply, check/.test(e.message));
  assert.throws(() => readInputs(reader({ comment: 'maybe' })), /`comment` must be true or false/);
  assert.throws(() => readInputs(reader({ 'ory-api-url': 'api.console.ory.sh' })), /`ory-api-url` must be an http\(s\) URL/);
});

test('inputs: comment-author is a GitHub login (a GitHub App bot included); anything else names the input', () => {
  assert.equal(readInputs(reader({ 'comment-author': ' ory-gitops[bot] ' })).commentAuthor, 'ory-gitops[bot]');
  assert.equal(readInputs(reader({})).commentAuthor, undefined, 'empty: the token\'s own login');
  assert.throws(() => readInputs(reader({ 'comment-author': 'two words' })), /`comment-author` must be a GitHub login/);
});

test('action.yml declares every input readInputs reads, comment-author with an empty default', async () => {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const action = parse(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const read: string[] = [];
  readInputs((name) => (read.push(name), ''));
  for (const name of read) assert.ok(name in action.inputs, `action.yml lacks ${name}`);
  assert.equal(action.inputs['comment-author']!.default, '');
});

test('intent: auto picks by event; explicit modes override; push needs the approved plan unless auto-approve', () => {
  assert.deepEqual(intentOf('auto', 'pull_request', false), { kind: 'plan' });
  assert.deepEqual(intentOf('auto', 'pull_request_target', false), { kind: 'plan' });
  assert.deepEqual(intentOf('auto', 'push', false), { kind: 'apply', approval: 'merged-pull-request' });
  assert.deepEqual(intentOf('auto', 'push', true), { kind: 'apply', approval: 'none' });
  assert.deepEqual(intentOf('auto', 'workflow_dispatch', false), { kind: 'apply', approval: 'none' });
  assert.deepEqual(intentOf('auto', 'schedule', false), { kind: 'check' });
  assert.deepEqual(intentOf('plan', 'push', false), { kind: 'plan' });
  assert.deepEqual(intentOf('check', 'pull_request', false), { kind: 'check' });
  assert.deepEqual(intentOf('apply', 'workflow_dispatch', false), { kind: 'apply', approval: 'none' });
  assert.deepEqual(intentOf('apply', 'push', false), { kind: 'apply', approval: 'merged-pull-request' });
});
