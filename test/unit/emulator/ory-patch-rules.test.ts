/** The emulator's default: JSON Patch as Ory's own applier takes it (ory/x jsonx.ApplyJSONPatch), and reads that lag. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOryJsonPatch, OryPatchError } from '../../../emulators/ory-network/ory-patch.ts';
import { REGISTRATION_PASSWORD_HOOKS, flows, httpError, patch, webhook, withProject } from './helpers.ts';

const FLOWS = '/services/identity/config/selfservice/flows';
const GENERIC_400 = 'The request was malformed or contained invalid parameters';

for (const op of ['test', 'move', 'copy'] as const) {
  test(`a patch holding a ${op} operation is refused whole with 400, the text in reason and a generic message`, async () => {
    const { emulator, projectId, api } = await withProject();
    try {
      const before = emulator.project(projectId);
      const refused = op === 'test' ? { op, path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: { hook: 'session' } } : { op, from: `${REGISTRATION_PASSWORD_HOOKS}/0`, path: `${FLOWS}/login/before/hooks/0` };
      const failure = await httpError(
        api.patchProjectWithRevision({
          projectId,
          revisionId: before.revision_id,
          // the refused operation comes last: nothing before it is applied either
          jsonPatch: [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/first') }, refused as any],
        }),
      );
      assert.equal(failure.status, 400);
      assert.equal(failure.body.error.reason, `Unable to apply JSON Patch: unsupported operation: ${op}`);
      assert.equal(failure.body.error.message, GENERIC_400);
      assert.deepEqual(emulator.project(projectId), before);
      assert.equal(emulator.writes, 0);
    } finally {
      await emulator.close();
    }
  });
}

test('a replace of a key that is missing is applied as an add; a replace of a missing array element is 400', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    let revision = emulator.project(projectId).revision_id;
    const created = await patch(api, projectId, revision, [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/a') }]);
    revision = created.project.revision_id;
    const replaced = await patch(api, projectId, revision, [{ op: 'replace', path: `${REGISTRATION_PASSWORD_HOOKS}/0/config/can_interrupt`, value: true }]);
    assert.equal(flows(replaced.project).registration.after.password.hooks[0].config.can_interrupt, true);
    const failure = await httpError(
      api.patchProjectWithRevision({ projectId, revisionId: replaced.project.revision_id, jsonPatch: [{ op: 'replace', path: `${REGISTRATION_PASSWORD_HOOKS}/7`, value: webhook('https://a.example/b') }] }),
    );
    assert.equal(failure.status, 400);
    assert.match(failure.body.error.reason, /^Unable to apply JSON Patch: replace operation does not apply: doc is missing key/);
  } finally {
    await emulator.close();
  }
});

test('add creates missing parents: a method list that does not exist, saml included; a method the flow lacks is dropped with a warning', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const { revision_id } = emulator.project(projectId);
    const hook = webhook('https://a.example/code');
    const result = await patch(api, projectId, revision_id, [
      { op: 'add', path: `${FLOWS}/login/after/code/hooks/0`, value: hook },
      { op: 'add', path: `${FLOWS}/registration/after/saml/hooks/0`, value: hook },
      { op: 'add', path: `${FLOWS}/verification/after/code/hooks/0`, value: hook },
    ]);
    const stored = flows(result.project);
    assert.deepEqual(stored.login.after.code, { hooks: [hook] });
    assert.deepEqual(stored.registration.after.saml, { hooks: [hook] });
    assert.deepEqual(stored.login.after.password, { hooks: [] }, 'siblings survive');
    assert.equal(stored.verification.after.code, undefined, 'verification has no method lists: Ory drops it');
    assert.deepEqual(result.warnings.map((w: any) => w.message), ['selfservice.flows.verification.after.code was not stored: the verification flow has no "code" method.']);
  } finally {
    await emulator.close();
  }
});

test('the flow-level after lists take hooks like any other', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const { revision_id } = emulator.project(projectId);
    const result = await patch(api, projectId, revision_id, [
      { op: 'add', path: `${FLOWS}/login/after/hooks/0`, value: webhook('https://a.example/global') },
      { op: 'add', path: `${FLOWS}/login/after/hooks/-`, value: { hook: 'revoke_active_sessions' } },
      { op: 'add', path: `${FLOWS}/settings/after/hooks/0`, value: webhook('https://a.example/settings') },
    ]);
    assert.deepEqual(flows(result.project).login.after.hooks.map((h: any) => h.hook), ['web_hook', 'revoke_active_sessions']);
    assert.equal(flows(result.project).settings.after.hooks[0].config.url, 'https://a.example/settings');
  } finally {
    await emulator.close();
  }
});

test('the pure applier: negative indexes, arrays created for index segments, missing keys on remove, no value echoed', () => {
  assert.deepEqual(applyOryJsonPatch({ a: [1, 2] }, [{ op: 'add', path: '/a/-1', value: 3 }]), { a: [1, 2, 3] });
  assert.deepEqual(applyOryJsonPatch({ a: [1, 2] }, [{ op: 'remove', path: '/a/-1' }]), { a: [1] });
  assert.deepEqual(applyOryJsonPatch({ a: [1, 2] }, [{ op: 'replace', path: '/a/-2', value: 9 }]), { a: [9, 2] });
  assert.deepEqual(applyOryJsonPatch({}, [{ op: 'add', path: '/x/list/0', value: 'v' }]), { x: { list: ['v'] } });
  assert.deepEqual(applyOryJsonPatch({}, [{ op: 'add', path: '/x/list/2/k', value: 'v' }]), { x: { list: [null, null, { k: 'v' }] } });
  assert.deepEqual(applyOryJsonPatch({ a: { 'b/c': 1 } }, [{ op: 'replace', path: '/a/b~1c', value: 2 }]), { a: { 'b/c': 2 } });
  const original = { a: { b: 1 } };
  applyOryJsonPatch(original, [{ op: 'add', path: '/a/c', value: 2 }]);
  assert.deepEqual(original, { a: { b: 1 } }, 'the input is never modified');
  for (const [patch, text] of [
    [[{ op: 'remove', path: '/a/zz' }], /unable to remove nonexistent key: zz/],
    [[{ op: 'remove', path: '/a/b/c' }], /remove operation does not apply/],
    [[{ op: 'add', path: '/a/b/c', value: 'secret-value' }], /add operation does not apply/],
    [[{ op: 'add', path: '/a' }], /failed to decode 'value'/],
    [[{ path: '/a' }], /unsupported operation: unknown/],
    [{ op: 'add' }, /not an array/],
  ] as const) {
    assert.throws(() => applyOryJsonPatch(original, patch), (error: unknown) => {
      assert.ok(error instanceof OryPatchError);
      assert.match(error.message, text);
      assert.doesNotMatch(error.message, /secret-value/);
      return true;
    });
  }
});

test('lagging reads: after an armed write, the next reads still show the old revision, then the new one', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const old = emulator.project(projectId).revision_id;
    emulator.lagReadsAfterNextWrite(projectId, 2);
    const written = await patch(api, projectId, old, [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/a') }]);
    assert.notEqual(written.project.revision_id, old, 'the write answers the new project');
    const reads = [];
    for (let i = 0; i < 3; i++) reads.push((await api.getProject({ projectId })).data.revision_id);
    assert.deepEqual(reads, [old, old, written.project.revision_id]);
  } finally {
    await emulator.close();
  }
});

test('lagReads: every write is followed by that many stale reads, console edits included', async () => {
  const { emulator, projectId, api } = await withProject({ lagReads: 1 });
  try {
    const old = emulator.project(projectId).revision_id;
    const edited = emulator.editConfig(projectId, (config: any) => config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://x.example', method: 'GET' } }));
    assert.equal((await api.getProject({ projectId })).data.revision_id, old);
    assert.equal((await api.getProject({ projectId })).data.revision_id, edited);
  } finally {
    await emulator.close();
  }
});
