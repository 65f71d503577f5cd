import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REGISTRATION_PASSWORD_HOOKS, flows, httpError, patch, webhook, withProject } from './helpers.ts';

const FLOWS = '/services/identity/config/selfservice/flows';

test('a hook under a method key the flow does not have answers 200, is not stored, and is warned about', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const { revision_id } = emulator.project(projectId);
    const result = await patch(api, projectId, revision_id, [
      { op: 'add', path: `${FLOWS}/verification/after/code`, value: { hooks: [webhook('https://a.example/verified')] } },
      { op: 'add', path: `${FLOWS}/recovery/after/password`, value: { hooks: [webhook('https://a.example/recovered')] } },
    ]);
    assert.equal(flows(result.project).verification.after.code, undefined);
    assert.equal(flows(result.project).recovery.after.password, undefined);
    assert.deepEqual(flows(result.project).verification.after, { hooks: [] });
    assert.equal(flows(emulator.project(projectId)).verification.after.code, undefined);
    const messages = result.warnings.map((w) => w.message).sort();
    assert.equal(messages.length, 2);
    assert.match(messages[0] ?? '', /recovery\.after\.password/);
    assert.match(messages[1] ?? '', /verification\.after\.code/);
    assert.equal(typeof result.warnings[0]?.code, 'number');
  } finally {
    await emulator.close();
  }
});

test('warnOnDrop: false drops in silence', async () => {
  const { emulator, projectId, api } = await withProject({ warnOnDrop: false });
  try {
    const { revision_id } = emulator.project(projectId);
    const result = await patch(api, projectId, revision_id, [
      { op: 'add', path: `${FLOWS}/verification/after/link`, value: { hooks: [webhook('https://a.example/verified')] } },
      { op: 'add', path: `${FLOWS}/login/before/hooks/0`, value: webhook('https://a.example/x', { headers: { 'X-A': 'b' } }) },
    ]);
    assert.deepEqual(result.warnings, []);
    assert.equal(flows(result.project).verification.after.link, undefined);
    assert.equal(flows(result.project).login.before.hooks[0].config.headers, undefined);
  } finally {
    await emulator.close();
  }
});

test('config.id, headers and emit_analytics_event are not stored; the normalized fields are', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const { revision_id } = emulator.project(projectId);
    const sent = webhook('https://a.example/full', {
      id: 'my-hook',
      headers: { 'X-Custom': 'yes' },
      emit_analytics_event: false,
      can_interrupt: false,
      response: { ignore: false, parse: true },
      auth: { type: 'basic_auth', config: { user: 'u', password: 'p' } },
    });
    const result = await patch(api, projectId, revision_id, [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: sent }]);
    const stored = flows(result.project).registration.after.password.hooks[0];
    assert.deepEqual(Object.keys(stored.config).sort(), ['auth', 'body', 'can_interrupt', 'method', 'response', 'url']);
    assert.deepEqual(stored.config.response, { ignore: false, parse: true });
    assert.deepEqual(stored.config.auth, { type: 'basic_auth', config: { user: 'u', password: 'p' } });
    assert.deepEqual(
      result.warnings.map((w) => (w.message ?? '').replace(/^.*\.config\./, '')),
      ['id was not stored.', 'headers was not stored.', 'emit_analytics_event was not stored.'],
    );
    assert.deepEqual((emulator.requests[0]?.body as any)[0].value.config.headers, { 'X-Custom': 'yes' }, 'the request log keeps what was sent');
  } finally {
    await emulator.close();
  }
});

async function expectInvalid(hookOrOps: unknown, pattern: RegExp, path = `${REGISTRATION_PASSWORD_HOOKS}/0`) {
  const { emulator, projectId, api } = await withProject();
  try {
    const before = emulator.project(projectId);
    const jsonPatch = Array.isArray(hookOrOps) ? hookOrOps : [{ op: 'add' as const, path, value: hookOrOps }];
    const failure = await httpError(api.patchProjectWithRevision({ projectId, revisionId: before.revision_id, jsonPatch }));
    assert.equal(failure.status, 400);
    assert.deepEqual(Object.keys(failure.body.error).sort(), ['code', 'message', 'reason', 'status']);
    assert.equal(failure.body.error.status, 'Bad Request');
    assert.match(failure.body.error.reason, /^Unable to validate config: /);
    assert.match(failure.body.error.reason, pattern);
    assert.equal(failure.body.error.message, 'The request was malformed or contained invalid parameters');
    assert.deepEqual(emulator.project(projectId), before, 'nothing stored');
    assert.equal(emulator.writes, 0);
  } finally {
    await emulator.close();
  }
}

test('a webhook with response.ignore and response.parse both true is 400', async () => {
  await expectInvalid(webhook('https://a.example/x', { response: { ignore: true, parse: true } }), /registration\/after\/password\/hooks\/0\/config\/response\].*must NOT be valid/);
});

test('a webhook config with an unknown field is 400 naming it', async () => {
  await expectInvalid(webhook('https://a.example/x', { retries: 3 }), /additional properties \(retries\)/);
});

test('a hook with an unknown top-level field is 400', async () => {
  await expectInvalid({ ...webhook('https://a.example/x'), name: 'mine' }, /additional properties \(name\)/);
});

test('a webhook without a url is 400', async () => {
  await expectInvalid({ hook: 'web_hook', config: { method: 'POST' } }, /required property 'url'/);
});

test('a relative url, an incomplete api_key auth or an unknown response key is 400', async () => {
  await expectInvalid(webhook('/relative/path'), /config\/url\].*must match format "uri"/);
  await expectInvalid(webhook('https://a.example/x', { auth: { type: 'api_key', config: { name: 'X-Key', value: 'v' } } }), /required property 'in'/);
  await expectInvalid(webhook('https://a.example/x', { response: { ignore: false, wait: true } }), /additional properties \(wait\)/);
});

test('a hook type that does not belong in the list, or no hook type at all, is 400', async () => {
  await expectInvalid({ hook: 'session' }, /hook "session" is not allowed in this hook list/, `${FLOWS}/login/before/hooks/0`);
  await expectInvalid({ hook: 'teleport' }, /unknown hook type "teleport"/);
  await expectInvalid({ config: {} }, /must have a string property "hook"/);
});

test('the same hook twice in one list is 400 (uniqueItems) and unknown flow keys are 400', async () => {
  const hook = webhook('https://a.example/twice');
  await expectInvalid(
    [
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: hook },
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: hook },
    ],
    /must NOT have duplicate items/,
  );
  await expectInvalid([{ op: 'add', path: `${FLOWS}/login/color`, value: 'blue' }], /additional properties \(color\)/);
});

test('hooks stored before the write are tolerated even when the schema does not know them', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const future = { hook: 'future_hook', config: { anything: true } };
    const revision = emulator.editConfig(projectId, (config: any) => {
      config.selfservice.flows.registration.after.password.hooks.unshift(future);
    });
    const result = await patch(api, projectId, revision, [
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/1`, value: webhook('https://a.example/new') },
    ]);
    const hooks = flows(result.project).registration.after.password.hooks;
    assert.deepEqual(hooks[0], future);
    assert.equal(hooks[1].config.url, 'https://a.example/new');
    assert.deepEqual(hooks[2], { hook: 'session' });

    // but a new copy of it is refused
    const failure = await httpError(
      api.patchProjectWithRevision({ projectId, revisionId: result.project.revision_id, jsonPatch: [{ op: 'add', path: `${FLOWS}/login/before/hooks/0`, value: future }] }),
    );
    assert.equal(failure.status, 400);
  } finally {
    await emulator.close();
  }
});

test('every hook type the schema allows in a list is accepted', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const { revision_id } = emulator.project(projectId);
    const result = await patch(api, projectId, revision_id, [
      { op: 'add', path: `${FLOWS}/login/after/password/hooks/-`, value: { hook: 'require_verified_address' } },
      { op: 'add', path: `${FLOWS}/login/after/password/hooks/-`, value: { hook: 'revoke_active_sessions' } },
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: { hook: 'show_verification_ui' } },
      { op: 'add', path: `${FLOWS}/settings/after/profile/hooks/-`, value: { hook: 'verify_new_address' } },
      { op: 'add', path: `${FLOWS}/recovery/after/hooks/-`, value: { hook: 'revoke_active_sessions' } },
      { op: 'add', path: `${FLOWS}/verification/after/hooks/-`, value: webhook('http://plain.example/ok', { method: 'GET' }) },
    ]);
    assert.deepEqual(result.warnings, []);
    assert.equal(flows(result.project).login.after.password.hooks.length, 2);
  } finally {
    await emulator.close();
  }
});
