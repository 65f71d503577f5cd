import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REGISTRATION_PASSWORD_HOOKS, flows, httpError, patch, webhook, withProject } from './helpers.ts';

test('rateLimitStyle retry-after: 429 with Retry-After in seconds once the window is full, then recovers', async () => {
  const { emulator, projectId, api } = await withProject({ rateLimit: { requests: 2, perMs: 300 }, rateLimitStyle: 'retry-after' });
  try {
    await api.getProject({ projectId });
    await api.getProject({ projectId });
    const limited = await httpError(api.getProject({ projectId }));
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 429);
    assert.equal(limited.body.error.status, 'Too Many Requests');
    assert.equal(limited.headers['retry-after'], '1');
    await new Promise((resolve) => setTimeout(resolve, 350));
    assert.equal((await api.getProject({ projectId })).status, 200);
    assert.deepEqual(emulator.requests.map((r) => r.status), [200, 200, 429, 200]);
  } finally {
    await emulator.close();
  }
});

test('rateLimit by default answers as Ory does: x-ratelimit headers on every answer; a 429 with an empty body and no Retry-After', async () => {
  const { emulator, projectId, api } = await withProject({ rateLimit: { requests: 2, perMs: 1500 } });
  try {
    const first = await api.getProject({ projectId });
    assert.equal(first.headers['x-ratelimit-limit'], '2');
    assert.equal(first.headers['x-ratelimit-remaining'], '1');
    assert.match(String(first.headers['x-ratelimit-reset']), /^[12]$/);
    await api.getProject({ projectId });
    const limited = await httpError(api.getProject({ projectId }));
    assert.equal(limited.status, 429);
    assert.equal(limited.body, '');
    assert.equal(limited.headers['retry-after'], undefined);
    assert.equal(limited.headers['x-ratelimit-remaining'], '0');
    assert.match(limited.headers['x-ratelimit-reset']!, /^[12]$/);
    emulator.injectFault({ status: 429, oryRateLimit: true, retryAfterSeconds: 7 });
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const injected = await httpError(api.getProject({ projectId }));
    assert.deepEqual([injected.status, injected.body, injected.headers['x-ratelimit-reset'], injected.headers['retry-after']], [429, '', '7', undefined]);
    assert.equal((await api.getProject({ projectId })).status, 200);
  } finally {
    await emulator.close();
  }
});

test('an injected 500 hits once by default, then the API answers normally', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    emulator.injectFault({ status: 500 });
    const failure = await httpError(api.getProject({ projectId }));
    assert.equal(failure.status, 500);
    assert.equal(failure.body.error.status, 'Internal Server Error');
    assert.equal((await api.getProject({ projectId })).status, 200);
    assert.deepEqual(emulator.requests.map((r) => [r.status, r.fault ?? false]), [[500, true], [200, false]]);
  } finally {
    await emulator.close();
  }
});

test('faults match by method, project and count, with Retry-After when asked', async () => {
  const { emulator, projectId, api } = await withProject();
  const other = emulator.addProject();
  try {
    emulator.injectFault({ match: 'patch', status: 503, retryAfterSeconds: 7, times: 2 });
    emulator.injectFault({ match: 'get', projectId: other, status: 502 });
    assert.equal((await api.getProject({ projectId })).status, 200, 'a GET of another project is not hit');
    assert.equal((await httpError(api.getProject({ projectId: other }))).status, 502);
    const { revision_id } = emulator.project(projectId);
    for (let i = 0; i < 2; i++) {
      const failure = await httpError(api.patchProjectWithRevision({ projectId, revisionId: revision_id, jsonPatch: [] }));
      assert.equal(failure.status, 503);
      assert.equal(failure.headers['retry-after'], '7');
    }
    assert.equal((await api.patchProjectWithRevision({ projectId, revisionId: revision_id, jsonPatch: [] })).status, 200);
    emulator.injectFault({ status: 500, times: 5 });
    emulator.clearFaults();
    assert.equal((await api.getProject({ projectId })).status, 200);
  } finally {
    await emulator.close();
  }
});

test('a failed request never stores its patch', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const before = emulator.project(projectId);
    emulator.injectFault({ match: 'patch', status: 500 });
    await httpError(api.patchProjectWithRevision({ projectId, revisionId: before.revision_id, jsonPatch: [{ op: 'replace', path: '/name', value: 'x' }] }));
    assert.deepEqual(emulator.project(projectId), before);
    assert.equal(emulator.writes, 0);
  } finally {
    await emulator.close();
  }
});

test('a delay fault slows one answer, which is then normal', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    emulator.injectFault({ match: 'get', delayMs: 250 });
    const started = Date.now();
    const { status } = await api.getProject({ projectId });
    const slow = Date.now() - started;
    assert.equal(status, 200);
    assert.ok(slow >= 240, `took ${slow} ms`);
    const again = Date.now();
    await api.getProject({ projectId });
    assert.ok(Date.now() - again < 200);
  } finally {
    await emulator.close();
  }
});

test('latencyMs delays every answer', async () => {
  const { emulator, projectId, api } = await withProject({ latencyMs: 120 });
  try {
    const started = Date.now();
    await api.getProject({ projectId });
    await api.getProject({ projectId });
    assert.ok(Date.now() - started >= 230);
  } finally {
    await emulator.close();
  }
});

test('a dropped connection fails the call without an answer and is logged with status 0', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    emulator.injectFault({ match: 'get', drop: true });
    await assert.rejects(api.getProject({ projectId }), (error: any) => {
      assert.equal(error.response, undefined);
      assert.match(String(error.code ?? error.message), /ECONNRESET|socket hang up/i);
      return true;
    });
    assert.deepEqual(emulator.requests.map((r) => r.status), [0]);
    assert.equal((await api.getProject({ projectId })).status, 200);
  } finally {
    await emulator.close();
  }
});

test('afterApply: the write is stored but its answer is lost, so a retry with the old revision gets 409', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const { revision_id } = emulator.project(projectId);
    const jsonPatch = [{ op: 'add' as const, path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/once') }];
    emulator.injectFault({ match: 'patch', drop: true, afterApply: true });
    await assert.rejects(api.patchProjectWithRevision({ projectId, revisionId: revision_id, jsonPatch }));
    assert.equal(flows(emulator.project(projectId)).registration.after.password.hooks.length, 2);
    assert.equal(emulator.writes, 1);
    assert.equal((await httpError(api.patchProjectWithRevision({ projectId, revisionId: revision_id, jsonPatch }))).status, 409);

    emulator.injectFault({ match: 'patch', status: 502, afterApply: true });
    const current = emulator.project(projectId).revision_id;
    assert.equal((await httpError(api.patchProjectWithRevision({ projectId, revisionId: current, jsonPatch: [{ op: 'replace', path: '/name', value: 'Stored anyway' }] }))).status, 502);
    assert.equal(emulator.project(projectId).name, 'Stored anyway');
  } finally {
    await emulator.close();
  }
});

test('concurrentEditBeforeNextPatch makes the next PATCH meet a new revision (409), keeping the console edit', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const read = (await api.getProject({ projectId })).data;
    emulator.concurrentEditBeforeNextPatch(projectId, (config: any) => {
      config.selfservice.flows.login.before.hooks.push(webhook('https://console.example/edit'));
    });
    assert.equal(emulator.project(projectId).revision_id, read.revision_id, 'nothing happens before the PATCH');
    const conflict = await httpError(
      api.patchProjectWithRevision({ projectId, revisionId: read.revision_id, jsonPatch: [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/mine') }] }),
    );
    assert.equal(conflict.status, 409);
    const after = emulator.project(projectId);
    assert.notEqual(after.revision_id, read.revision_id);
    assert.equal(flows(after).login.before.hooks[0].config.url, 'https://console.example/edit');
    assert.deepEqual(flows(after).registration.after.password.hooks, [{ hook: 'session' }]);

    // re-read and retry: it goes through, and the edit is not applied again
    const retried = await patch(api, projectId, after.revision_id, [{ op: 'add', path: `${REGISTRATION_PASSWORD_HOOKS}/0`, value: webhook('https://a.example/mine') }]);
    assert.equal(flows(retried.project).login.before.hooks.length, 1);
    assert.equal(flows(retried.project).registration.after.password.hooks.length, 2);
  } finally {
    await emulator.close();
  }
});

test('requests are logged with method, route, project and status; counted by route; and reset', async () => {
  const { emulator, projectId, api } = await withProject();
  try {
    const { data } = await api.getProject({ projectId });
    await patch(api, projectId, data.revision_id, [{ op: 'replace', path: '/name', value: 'n' }]);
    await httpError(api.getProject({ projectId: 'missing' }));
    assert.deepEqual(
      emulator.requests.map(({ method, route, projectId: id, status }) => ({ method, route, projectId: id, status })),
      [
        { method: 'GET', route: 'GET /projects/{id}', projectId, status: 200 },
        { method: 'PATCH', route: 'PATCH /projects/{id}/revision/{rev}', projectId, status: 200 },
        { method: 'GET', route: 'GET /projects/{id}', projectId: 'missing', status: 404 },
      ],
    );
    assert.deepEqual(emulator.countByRoute(), { 'GET /projects/{id}': 2, 'PATCH /projects/{id}/revision/{rev}': 1 });
    assert.equal(emulator.countByRoute()['PUT /projects/{id}'], undefined, 'setProject never used');
    const counts = (await (await fetch(`${emulator.url}/__emulator/requests`)).json()) as any;
    assert.deepEqual(counts, { counts: emulator.countByRoute(), total: 3, writes: 1 });
    emulator.resetRequests();
    assert.deepEqual(emulator.requests, []);
    assert.deepEqual(emulator.countByRoute(), {});
    assert.equal(emulator.writes, 1, 'writes count config changes, not log entries');
  } finally {
    await emulator.close();
  }
});
