import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { MASKED_SECRET, STORAGE_URL_PREFIX } from '../../../emulators/ory-network/index.ts';
import type { BodyStorage, SecretDisplay } from '../../../emulators/ory-network/index.ts';
import { REGISTRATION_PASSWORD_HOOKS, flows, patch, webhook, withProject } from './helpers.ts';

const SOURCE = 'function(ctx) { email: ctx.identity.traits.email }';
const BASE64_BODY = `base64://${Buffer.from(SOURCE).toString('base64')}`;

async function storedBody(storeBodiesAs: BodyStorage): Promise<{ answered: string; read: string; again: string }> {
  const { emulator, projectId, api } = await withProject({ storeBodiesAs });
  try {
    const { revision_id } = emulator.project(projectId);
    const result = await patch(api, projectId, revision_id, [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/x') }]);
    const answered = flows(result.project).registration.after.password.hooks[0].config.body;
    const read = flows((await api.getProject({ projectId })).data).registration.after.password.hooks[0].config.body;
    // an unrelated later write leaves the stored body alone
    const later = await patch(api, projectId, result.project.revision_id, [{ op: 'replace', path: '/name', value: 'Renamed' }]);
    const again = flows(later.project).registration.after.password.hooks[0].config.body;
    return { answered, read, again };
  } finally {
    await emulator.close();
  }
}

test('base64 bodies are kept as sent by default', async () => {
  const { answered, read, again } = await storedBody('base64');
  assert.equal(answered, BASE64_BODY);
  assert.equal(read, BASE64_BODY);
  assert.equal(again, BASE64_BODY);
});

test('sha512-url stores a body at a URL named after the SHA-512 of its decoded source', async () => {
  const { answered, read, again } = await storedBody('sha512-url');
  const digest = createHash('sha512').update(SOURCE).digest('hex');
  assert.equal(answered, `${STORAGE_URL_PREFIX}${digest}.jsonnet`);
  assert.equal(read, answered);
  assert.equal(again, answered);
});

test('opaque-url stores a body at a URL that says nothing about its content', async () => {
  const first = await storedBody('opaque-url');
  const second = await storedBody('opaque-url');
  assert.ok(first.answered.startsWith(STORAGE_URL_PREFIX));
  assert.doesNotMatch(first.answered, /[0-9a-f]{128}/);
  assert.equal(first.read, first.answered);
  assert.equal(first.again, first.answered);
  assert.notEqual(first.answered, second.answered, 'random per store');
});

test('seeded bodies follow the storage mode too', async () => {
  const { emulator, projectId } = await withProject({ storeBodiesAs: 'sha512-url' });
  try {
    const config: any = emulator.project(projectId).services.identity.config;
    config.selfservice.flows.login.before.hooks.push(webhook('https://a.example/seeded'));
    const seeded = emulator.addProject({ config });
    assert.match(flows(emulator.project(seeded)).login.before.hooks[0].config.body, /^https:\/\/storage\.emulator\.invalid\/[0-9a-f]{128}\.jsonnet$/);
  } finally {
    await emulator.close();
  }
});

async function readSecrets(secrets: SecretDisplay) {
  const { emulator, projectId, api } = await withProject({ secrets });
  try {
    const { revision_id } = emulator.project(projectId);
    const result = await patch(api, projectId, revision_id, [
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/key', { auth: { type: 'api_key', config: { name: 'X-Key', value: 'key-secret', in: 'header' } } }) },
      { op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/1`, value: webhook('https://a.example/basic', { auth: { type: 'basic_auth', config: { user: 'bob', password: 'basic-secret' } } }) },
    ]);
    const read = flows((await api.getProject({ projectId })).data).registration.after.password.hooks;
    const answered = flows(result.project).registration.after.password.hooks;
    const stored = flows(emulator.project(projectId)).registration.after.password.hooks;
    assert.deepEqual(answered, read, 'the patch answer shows secrets like a read');
    assert.equal(stored[0].config.auth.config.value, 'key-secret', 'stored in clear');
    assert.equal(stored[1].config.auth.config.password, 'basic-secret');
    return { apiKey: read[0].config.auth.config, basic: read[1].config.auth.config };
  } finally {
    await emulator.close();
  }
}

test('secrets: clear shows api_key values and basic_auth passwords as stored', async () => {
  const { apiKey, basic } = await readSecrets('clear');
  assert.deepEqual(apiKey, { name: 'X-Key', value: 'key-secret', in: 'header' });
  assert.deepEqual(basic, { user: 'bob', password: 'basic-secret' });
});

test('secrets: masked, empty and omitted hide them, leaving the other fields', async () => {
  const masked = await readSecrets('masked');
  assert.deepEqual(masked.apiKey, { name: 'X-Key', value: MASKED_SECRET, in: 'header' });
  assert.deepEqual(masked.basic, { user: 'bob', password: MASKED_SECRET });
  assert.match(MASKED_SECRET, /^\*{4,}$/);

  const empty = await readSecrets('empty');
  assert.deepEqual(empty.apiKey, { name: 'X-Key', value: '', in: 'header' });
  assert.deepEqual(empty.basic, { user: 'bob', password: '' });

  const omitted = await readSecrets('omitted');
  assert.deepEqual(omitted.apiKey, { name: 'X-Key', in: 'header' });
  assert.deepEqual(omitted.basic, { user: 'bob' });
});

test('with masked secrets, a test operation against what was read fails: Ory compares stored values', async () => {
  const { emulator, projectId, api } = await withProject({ secrets: 'masked' });
  try {
    const { revision_id } = emulator.project(projectId);
    const hook = webhook('https://a.example/key', { auth: { type: 'api_key', config: { name: 'X-Key', value: 'key-secret', in: 'header' } } });
    const written = await patch(api, projectId, revision_id, [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: hook }]);
    const asRead = flows(written.project).registration.after.password.hooks[0];
    const response = await api
      .patchProjectWithRevision({ projectId, revisionId: written.project.revision_id, jsonPatch: [{ op: 'test', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: asRead }] })
      .then(() => 200, (error: any) => error.response.status as number);
    assert.equal(response, 400);
  } finally {
    await emulator.close();
  }
});
