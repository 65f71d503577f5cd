import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleIdentityConfig } from '../emulators/ory-network/index.ts';
import { loadManifest } from '../src/manifest/index.ts';
import { checkBodySyntax, previewBody } from '../src/templates/index.ts';
import { actionName, BENCH_SECRET_ENV, generateManifest } from './manifest-generator.ts';

const PROJECTS = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];

function load(count: number, projects: readonly string[]) {
  const generated = generateManifest(count, projects);
  const result = loadManifest({ path: 'ory-actions.yaml', text: generated.yaml, readFile: () => undefined, env: generated.env, checkBody: checkBodySyntax });
  return { generated, result };
}

test('a generated manifest of 300 actions over 3 projects loads without a single error', () => {
  const { result } = load(300, PROJECTS);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors, []);
  assert.equal(result.manifest?.actions.length, 300);
});

test('actions are spread round-robin over the projects and the counts say so', () => {
  const { generated, result } = load(10, PROJECTS);
  assert.deepEqual(generated.actionsPerProject, [4, 3, 3]);
  const perProject = PROJECTS.map((id) => result.manifest!.actions.filter((a) => a.projectId === id).length);
  assert.deepEqual(perProject, [4, 3, 3]);
  assert.equal(result.manifest!.actions[1]!.projectId, PROJECTS[1]);
});

test('the mix is realistic: many lists, most actions with a body, a few env-backed auth secrets that are registered as secrets', () => {
  const { result } = load(1000, [PROJECTS[0]!]);
  const actions = result.manifest!.actions;
  const lists = new Set(actions.map((a) => `${a.flow}.${a.timing}.${a.list.method ?? ''}`));
  assert.ok(lists.size >= 10, `only ${lists.size} hook lists`);
  const withBody = actions.filter((a) => a.body).length;
  assert.ok(withBody >= 750 && withBody <= 850, `${withBody} bodies`);
  const withAuth = actions.filter((a) => a.auth);
  assert.ok(withAuth.length >= 40 && withAuth.length <= 80, `${withAuth.length} auth blocks`);
  assert.ok(withAuth.some((a) => a.auth!.type === 'api_key') && withAuth.some((a) => a.auth!.type === 'basic_auth'));
  for (const secret of Object.values(BENCH_SECRET_ENV)) assert.ok(result.manifest!.secrets.includes(secret));
  assert.ok(actions.some((a) => a.responseIgnore) && actions.some((a) => a.canInterrupt) && actions.some((a) => a.responseParse));
});

test('every generated body evaluates against the sample context of its flow (no evaluation errors in the plan)', () => {
  const { result } = load(60, [PROJECTS[0]!]);
  const config = sampleIdentityConfig();
  const previews = result.manifest!.actions.filter((a) => a.body).map((a) => ({ name: a.name, ...previewBody(a, config, result.manifest!.secrets) }));
  assert.ok(previews.length > 40);
  const failing = previews.filter((p) => p.preview.kind === 'error');
  assert.deepEqual(failing.map((p) => p.name), []);
});

test('generation is deterministic and names are zero-padded', () => {
  assert.equal(generateManifest(50, PROJECTS).yaml, generateManifest(50, PROJECTS).yaml);
  assert.equal(actionName(0), 'hook_00001');
  assert.equal(actionName(4999), 'hook_05000');
  assert.throws(() => generateManifest(1, []), /at least one project/);
});
