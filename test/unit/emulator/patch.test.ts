import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startOryEmulator } from '../../../emulators/ory-network/index.ts';
import { REGISTRATION_PASSWORD_HOOKS, client, flows, httpError, patch, webhook, withProject } from './helpers.ts';


/** The strict RFC 6902 mode, kept as an option beside Ory's rules (the default; see ory-patch-rules.test.ts). */
const STRICT = { patchRules: 'rfc6902' } as const;

test('patchProjectWithRevision applies the patch, answers the project and a new revision', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const before = (await api.getProject({ projectId })).data;
    const hook = webhook('https://hooks.example/welcome');
    const result = await patch(api, projectId, before.revision_id, [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: hook }]);
    assert.deepEqual(result.warnings, []);
    assert.notEqual(result.project.revision_id, before.revision_id);
    assert.deepEqual(flows(result.project).registration.after.password.hooks, [hook, { hook: 'session' }]);
    assert.deepEqual(emulator.project(projectId), result.project);
    assert.equal(emulator.writes, 1);
    const read = (await api.getProject({ projectId })).data;
    assert.equal(read.revision_id, result.project.revision_id);
    assert.deepEqual(emulator.countByRoute(), { 'GET /projects/{id}': 2, 'PATCH /projects/{id}/revision/{rev}': 1 });
    const write = emulator.requests[1];
    assert.equal(write?.revisionId, before.revision_id);
    assert.deepEqual(write?.body, [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: hook }]);
  } finally {
    await emulator.close();
  }
});

test('a stale revision is 409 and nothing changes', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const stale = emulator.project(projectId).revision_id;
    const current = emulator.editConfig(projectId, (config: any) => {
      config.selfservice.flows.login.before.hooks.push(webhook('https://console.example/edit'));
    });
    assert.notEqual(current, stale);
    const conflict = await httpError(
      api.patchProjectWithRevision({ projectId, revisionId: stale, jsonPatch: [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/x') }] }),
    );
    assert.equal(conflict.status, 409);
    assert.equal(conflict.body.error.code, 409);
    assert.equal(conflict.body.error.status, 'Conflict');
    assert.equal(typeof conflict.body.error.reason, 'string');
    assert.equal(emulator.project(projectId).revision_id, current);
    assert.deepEqual(flows(emulator.project(projectId)).registration.after.password.hooks, [{ hook: 'session' }]);
    assert.equal(emulator.writes, 0);
  } finally {
    await emulator.close();
  }
});

test('strict RFC 6902 mode: a failed test operation rejects the whole patch atomically with 400', async () => {
  const { emulator, projectId, api } = await withProject(STRICT);
  try {
    const before = emulator.project(projectId);
    const failure = await httpError(
      api.patchProjectWithRevision({
        projectId,
        revisionId: before.revision_id,
        jsonPatch: [
          { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/first') },
          { op: 'test', path: `${REGISTRATION_PASSWORD_HOOKS}/1`, value: { hook: 'not-session' } },
        ],
      }),
    );
    assert.equal(failure.status, 400);
    assert.match(failure.body.error.reason, /test operation failed/);
    assert.deepEqual(emulator.project(projectId), before, 'the first operation was not kept');
    assert.equal(emulator.writes, 0);

    // The same test passing lets the patch through.
    const ok = await patch(api, projectId, before.revision_id, [
      { op: 'test', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: { hook: 'session' } },
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/first') },
    ]);
    assert.equal(flows(ok.project).registration.after.password.hooks.length, 2);
  } finally {
    await emulator.close();
  }
});

test('strict RFC 6902 mode with enforceTest: false ignores test operations', async () => {
  const { emulator, projectId, api } = await withProject({ ...STRICT, enforceTest: false });
  try {
    const { revision_id } = emulator.project(projectId);
    const result = await patch(api, projectId, revision_id, [
      { op: 'test', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: { hook: 'not-session' } },
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/x') },
    ]);
    assert.equal(flows(result.project).registration.after.password.hooks.length, 2);
  } finally {
    await emulator.close();
  }
});

test('strict RFC 6902 mode: element-level add and remove shift the other hooks by index', async () => {
  const { emulator, projectId, api } = await withProject(STRICT);
  try {
    const a = webhook('https://a.example/a');
    const b = webhook('https://b.example/b');
    const c = webhook('https://c.example/c');
    let revision = emulator.project(projectId).revision_id;
    let result = await patch(api, projectId, revision, [
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: a },
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/1`, value: b },
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: c },
    ]);
    assert.deepEqual(flows(result.project).registration.after.password.hooks, [c, a, b, { hook: 'session' }]);

    revision = result.project.revision_id;
    result = await patch(api, projectId, revision, [
      { op: 'test', path: `${REGISTRATION_PASSWORD_HOOKS}/1`, value: a },
      { op: 'remove', path: `${REGISTRATION_PASSWORD_HOOKS}/1` },
      { op: 'test', path: `${REGISTRATION_PASSWORD_HOOKS}/1`, value: b },
      { op: 'replace', path: `${REGISTRATION_PASSWORD_HOOKS}/1/config/url`, value: 'https://b.example/b2' },
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/-`, value: webhook('https://after.example/session') },
    ]);
    const hooks = flows(result.project).registration.after.password.hooks;
    assert.deepEqual(hooks.map((h: any) => h.config?.url ?? h.hook), ['https://c.example/c', 'https://b.example/b2', 'session', 'https://after.example/session']);
    assert.equal(emulator.writes, 2);
  } finally {
    await emulator.close();
  }
});

test('a missing method object is created with add, keeping its siblings', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const { revision_id } = emulator.project(projectId);
    const hook = webhook('https://a.example/code');
    const result = await patch(api, projectId, revision_id, [
      { op: 'add', path: '/services/identity/config/selfservice/flows/login/after/code', value: { hooks: [hook] } },
    ]);
    assert.deepEqual(flows(result.project).login.after.code, { hooks: [hook] });
    assert.deepEqual(Object.keys(flows(result.project).login.after).sort(), ['code', 'hooks', 'oidc', 'password', 'webauthn']);
    assert.deepEqual(flows(result.project).login.after.password, { hooks: [] });
  } finally {
    await emulator.close();
  }
});

test('strict RFC 6902 mode: adding into a method object that does not exist is 400, even after valid operations', async () => {
  const { emulator, projectId, api } = await withProject(STRICT);
  try {
    const before = emulator.project(projectId);
    const failure = await httpError(
      api.patchProjectWithRevision({
        projectId,
        revisionId: before.revision_id,
        jsonPatch: [
          { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/kept?') },
          { op: 'add', path: '/services/identity/config/selfservice/flows/login/after/code/hooks/0', value: webhook('https://a.example/x') },
        ],
      }),
    );
    assert.equal(failure.status, 400);
    assert.match(failure.body.error.reason, /operation 1: add /);
    assert.deepEqual(emulator.project(projectId), before);
  } finally {
    await emulator.close();
  }
});

test('strict RFC 6902 mode: an unresolvable path, a malformed operation or a read-only field is 400 and nothing is stored', async () => {
  const { emulator, projectId, api } = await withProject(STRICT);
  try {
    const before = emulator.project(projectId);
    const cases: any[][] = [
      [{ op: 'remove', path: `${REGISTRATION_PASSWORD_HOOKS}/5` }],
      [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/9`, value: webhook('https://a.example/x') }],
      [{ op: 'add', path: '/services/identity/config/selfservice/flows/login/after/nothing/hooks/0', value: webhook('https://a.example/x') }],
      [{ op: 'frobnicate', path: '/name' }],
      [{ op: 'replace', path: '/revision_id', value: 'mine' }],
      [{ op: 'replace', path: '/id', value: 'other' }],
    ];
    for (const jsonPatch of cases) {
      const failure = await httpError(api.patchProjectWithRevision({ projectId, revisionId: before.revision_id, jsonPatch }));
      assert.equal(failure.status, 400, JSON.stringify(jsonPatch));
      assert.equal(failure.body.error.code, 400);
    }
    const notArray = await fetch(`${emulator.url}/projects/${projectId}/revision/${before.revision_id}`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer ory_wak_emulator', 'Content-Type': 'application/json' },
      body: '{"op":"add"}',
    });
    assert.equal(notArray.status, 400);
    const notJson = await fetch(`${emulator.url}/projects/${projectId}/revision/${before.revision_id}`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer ory_wak_emulator', 'Content-Type': 'application/json' },
      body: '[{',
    });
    assert.equal(notJson.status, 400);
    assert.deepEqual(emulator.project(projectId), before);
    assert.equal(emulator.writes, 0);
  } finally {
    await emulator.close();
  }
});

test('an error never echoes the patched values or the document', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const secret = 'super-secret-value-123';
    const failure = await httpError(
      api.patchProjectWithRevision({
        projectId,
        revisionId: emulator.project(projectId).revision_id,
        jsonPatch: [
          { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/x', { auth: { type: 'api_key', config: { name: 'k', value: secret, in: 'header' } } }) },
          { op: 'remove', path: `${REGISTRATION_PASSWORD_HOOKS}/7` },
        ],
      }),
    );
    assert.equal(failure.status, 400);
    assert.doesNotMatch(JSON.stringify(failure.body), new RegExp(secret));
    assert.doesNotMatch(JSON.stringify(failure.body), /default_schema_id/);
  } finally {
    await emulator.close();
  }
});

test('a patch that changes nothing keeps the revision and is not a write', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const { revision_id } = emulator.project(projectId);
    const result = await patch(api, projectId, revision_id, []);
    assert.equal(result.project.revision_id, revision_id);
    assert.equal(emulator.writes, 0);
  } finally {
    await emulator.close();
  }
});

test('the deprecated patchProject and setProject work and are counted by route', async () => {
  const emulator = await startOryEmulator();
  const projectId = emulator.addProject();
  const api = client(emulator);
  try {
    const patched = (await api.patchProject({ projectId, jsonPatch: [{ op: 'replace', path: '/name', value: 'Renamed' }] })).data;
    assert.equal(patched.project.name, 'Renamed');
    const current = emulator.project(projectId);
    const set = (
      await api.setProject({
        projectId,
        setProject: {
          name: 'Set',
          organizations: [],
          cors_admin: { enabled: false, origins: [] },
          cors_public: { enabled: true, origins: ['https://a.example'] },
          services: { identity: { config: { selfservice: { flows: { login: { before: { hooks: [] } } } } } } },
        },
      })
    ).data;
    assert.equal(set.project.name, 'Set');
    assert.deepEqual(set.project.services.identity?.config, { selfservice: { flows: { login: { before: { hooks: [] } } } } });
    assert.notEqual(set.project.revision_id, current.revision_id);
    assert.deepEqual(emulator.countByRoute(), { 'PATCH /projects/{id}': 1, 'PUT /projects/{id}': 1 });
    assert.equal(emulator.writes, 2);
  } finally {
    await emulator.close();
  }
});
