import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleIdentityConfig, startOryEmulator } from '../../../emulators/ory-network/index.ts';
import { client, httpError, withProject } from './helpers.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test('getProject answers the Project shape with the sample identity config', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const { data: project } = await api.getProject({ projectId });
    assert.match(projectId, UUID);
    assert.equal(project.id, projectId);
    assert.equal(project.name, 'Test project');
    assert.match(project.revision_id, UUID);
    assert.equal(project.state, 'running');
    assert.equal(project.environment, 'prod');
    assert.equal(project.home_region, 'eu-central');
    assert.match(project.workspace_id ?? '', UUID);
    assert.ok(project.slug.length > 0);
    assert.deepEqual(project.organizations, []);
    assert.deepEqual(project.services.identity?.config, sampleIdentityConfig());
    assert.deepEqual(project.services.permission?.config, {});
    assert.deepEqual(project.services.oauth2?.config, {});
    assert.deepEqual(project.cors_admin, { enabled: false, origins: [] });
    assert.deepEqual(project.cors_public, { enabled: false, origins: [] });
    assert.deepEqual(emulator.project(projectId), project);
  } finally {
    await emulator.close();
  }
});

test('projects can be seeded with an id, a name and their own identity config', async () => {
  const config = { selfservice: { flows: { login: { before: { hooks: [{ hook: 'web_hook', config: { url: 'https://a.example/x', method: 'GET' } }] } } } } };
  const emulator = await startOryEmulator({ projects: [{ id: 'p-1', name: 'One', config }, {}] });
  try {
    assert.equal(emulator.projectIds().length, 2);
    const { data } = await client(emulator).getProject({ projectId: 'p-1' });
    assert.equal(data.name, 'One');
    assert.deepEqual(data.services.identity?.config, config);
    assert.throws(() => emulator.addProject({ id: 'p-1' }), /already exists/);
    assert.throws(() => emulator.project('nope'), /no project nope/);
  } finally {
    await emulator.close();
  }
});

test('a missing or unknown key is 401, a project API key is 403, with Ory error bodies', async () => {
  const emulator = await startOryEmulator({ workspaceKeys: ['ory_wak_right'] });
  const projectId = emulator.addProject();
  try {
    const missing = await httpError(client(emulator, undefined).getProject({ projectId }));
    assert.equal(missing.status, 401);
    assert.deepEqual(Object.keys(missing.body.error).sort(), ['code', 'message', 'reason', 'status']);
    assert.equal(missing.body.error.code, 401);
    assert.equal(missing.body.error.status, 'Unauthorized');

    assert.equal((await httpError(client(emulator, 'ory_wak_emulator').getProject({ projectId }))).status, 401, 'the default key is not configured here');
    assert.equal((await httpError(client(emulator, 'something-else').getProject({ projectId }))).status, 401);

    const pat = await httpError(client(emulator, 'ory_pat_abc').getProject({ projectId }));
    assert.equal(pat.status, 403);
    assert.equal(pat.body.error.status, 'Forbidden');
    assert.doesNotMatch(JSON.stringify(pat.body), /ory_pat_abc/, 'the key is never echoed');

    const patWrite = await httpError(
      client(emulator, 'ory_pat_abc').patchProjectWithRevision({ projectId, revisionId: emulator.project(projectId).revision_id, jsonPatch: [] }),
    );
    assert.equal(patWrite.status, 403);

    const { data } = await client(emulator, 'ory_wak_right').getProject({ projectId });
    assert.equal(data.id, projectId);
    assert.deepEqual(
      emulator.requests.map((r) => r.status),
      [401, 401, 401, 403, 403, 200],
    );
  } finally {
    await emulator.close();
  }
});

test('an unknown project is 404 for reads and writes', async () => {
  const { emulator, api } = await withProject();
  try {
    const read = await httpError(api.getProject({ projectId: 'does-not-exist' }));
    assert.equal(read.status, 404);
    assert.equal(read.body.error.code, 404);
    assert.equal(read.body.error.status, 'Not Found');
    const write = await httpError(api.patchProjectWithRevision({ projectId: 'does-not-exist', revisionId: 'r', jsonPatch: [] }));
    assert.equal(write.status, 404);
  } finally {
    await emulator.close();
  }
});

test('the emulator refuses to listen beyond loopback', async () => {
  await assert.rejects(startOryEmulator({ host: '0.0.0.0' }), /loopback only/);
});

test('an unknown route is 404 with an Ory error body and is logged by its path', async () => {
  const { emulator } = await withProject();
  try {
    const response = await fetch(`${emulator.url}/workspaces`, { headers: { Authorization: 'Bearer ory_wak_emulator' } });
    assert.equal(response.status, 404);
    const body = (await response.json()) as { error: { code: number } };
    assert.equal(body.error.code, 404);
    assert.deepEqual(emulator.countByRoute(), { 'GET /workspaces': 1 });
  } finally {
    await emulator.close();
  }
});
