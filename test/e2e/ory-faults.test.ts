/**
 * The fault matrix: each Ory failure ends in the right failure-reason, with no partial or lost
 * write. Runs the bundle against the emulator with faults injected on demand.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startOryEmulator, type OryEmulator } from '../../emulators/ory-network/index.ts';
import { makeWorkspace, runBundledAction, eachNode } from '../support/action-runner.ts';
import { ROOT } from '../support/paths.ts';

const KEY = 'ory_wak_faults_0123456789';
const SEED_MANIFEST = readFileSync(join(ROOT, 'examples', 'ory-actions.yaml'), 'utf8');

let ory: OryEmulator;
before(async () => {
  ory = await startOryEmulator({ workspaceKeys: [KEY] });
});
after(async () => ory.close());

/** Requests for one project only: abandoned (timed-out) requests of earlier tests may still land in the log. */
function countsFor(projectId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of ory.requests) if (r.projectId === projectId) counts[r.route] = (counts[r.route] ?? 0) + 1;
  return counts;
}

function configOf(projectId: string): string {
  return JSON.stringify(ory.project(projectId).services.identity.config);
}

async function dispatch(projectId: string, extra: Record<string, string> = {}, manifest = SEED_MANIFEST, env: Record<string, string> = {}) {
  const workspace = makeWorkspace({ 'ory-actions.yaml': manifest });
  return runBundledAction({ workspace, eventName: 'workflow_dispatch', env, inputs: { 'ory-api-key': KEY, 'ory-api-url': ory.url, 'project-id': projectId, ...extra } });
}

interface Setup {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

eachNode(() => {
  describe('Ory faults', () => {
    const cases: Array<{ name: string; reason: string; setup: (projectId: string) => Setup | void }> = [
      { name: '401 for an unknown key', reason: 'ory-auth', setup: () => ({ inputs: { 'ory-api-key': 'ory_wak_not_known' } }) },
      { name: '403 for a project API key', reason: 'ory-auth', setup: () => ({ inputs: { 'ory-api-key': 'ory_pat_project_key' } }) },
      { name: '404 for an unknown project', reason: 'ory-auth', setup: () => ({ inputs: { 'project-id': '00000000-0000-4000-8000-00000000dead' } }) },
      { name: '500 on every read', reason: 'ory-unavailable', setup: (id) => ory.injectFault({ match: 'get', projectId: id, status: 500, times: 50 }) },
      { name: '429 on every read', reason: 'ory-unavailable', setup: (id) => ory.injectFault({ match: 'get', projectId: id, status: 429, retryAfterSeconds: 0, times: 50 }) },
      { name: 'a dropped connection on every write', reason: 'ory-unavailable', setup: (id) => ory.injectFault({ match: 'patch', projectId: id, drop: true, times: 50 }) },
      { name: 'a timeout on every read', reason: 'ory-unavailable', setup: (id) => {
        ory.injectFault({ match: 'get', projectId: id, delayMs: 1000, times: 50 });
        return { env: { ORY_ACTIONS_HTTP_TIMEOUT_MS: '300' } };
      } },
    ];
    for (const c of cases) {
      test(`${c.name} ends in ${c.reason} with nothing written`, async () => {
        const projectId = ory.addProject();
        const before = configOf(projectId);
        const setup = c.setup(projectId) ?? {};
        const result = await dispatch(projectId, setup.inputs, SEED_MANIFEST, setup.env);
        ory.clearFaults();
        assert.equal(result.code, 1, result.log);
        assert.equal(result.outputs['failure-reason'], c.reason, result.log);
        assert.equal(result.outputs.applied ?? 'false', 'false');
        assert.equal(configOf(projectId), before, 'nothing was written');
        assert.match(result.log, /::error::/);
      });
    }

    test('a 429 with Retry-After and a 502 are retried, then the apply succeeds', async () => {
      const projectId = ory.addProject();
      ory.injectFault({ match: 'get', projectId, status: 429, retryAfterSeconds: 1, times: 1 });
      ory.injectFault({ match: 'patch', projectId, status: 502, times: 1 });
      ory.resetRequests();
      const result = await dispatch(projectId);
      assert.equal(result.code, 0, result.log);
      assert.equal(result.outputs.applied, 'true');
      assert.match(result.log, /retry 1/);
      const counts = countsFor(projectId);
      assert.equal(counts['GET /projects/{id}'], 2);
      assert.equal(counts['PATCH /projects/{id}/revision/{rev}'], 2);
    });

    test('a write whose answer is lost is not written twice: the retry meets 409, re-reads and finds it done', async () => {
      const projectId = ory.addProject();
      ory.injectFault({ match: 'patch', projectId, drop: true, afterApply: true, times: 1 });
      const result = await dispatch(projectId);
      assert.equal(result.code, 0, result.log);
      const hooks = (ory.project(projectId).services.identity.config as any).selfservice.flows.registration.after.password.hooks;
      assert.equal(hooks.filter((h: any) => h.hook === 'web_hook').length, 1, 'exactly one copy');
    });

    test('409 from a concurrent writer that touched something else: re-read, same plan, applied', async () => {
      const projectId = ory.addProject();
      ory.concurrentEditBeforeNextPatch(projectId, (config: any) => {
        config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://console.example.com/new', method: 'POST' } });
      });
      ory.resetRequests();
      const result = await dispatch(projectId);
      assert.equal(result.code, 0, result.log);
      assert.match(result.log, /409/);
      const login = (ory.project(projectId).services.identity.config as any).selfservice.flows.login.before.hooks;
      assert.deepEqual(login.map((h: any) => h.config.url).sort(), ['https://api.example.com/webhooks/validate', 'https://console.example.com/new']);
      assert.deepEqual(countsFor(projectId), { 'GET /projects/{id}': 2, 'PATCH /projects/{id}/revision/{rev}': 2 });
    });

    test('409 from a concurrent writer that changed a planned hook: conflict, and their write survives', async () => {
      const projectId = ory.addProject();
      ory.concurrentEditBeforeNextPatch(projectId, (config: any) => {
        config.selfservice.flows.login.before.hooks.push({ hook: 'web_hook', config: { url: 'https://api.example.com/webhooks/validate', method: 'POST', can_interrupt: false } });
      });
      const result = await dispatch(projectId);
      assert.equal(result.code, 1, result.log);
      assert.equal(result.outputs['failure-reason'], 'conflict');
      const config = ory.project(projectId).services.identity.config as any;
      assert.equal(config.selfservice.flows.login.before.hooks.length, 1, 'the concurrent write survives');
      assert.equal(config.selfservice.flows.registration.after.password.hooks.length, 1, 'nothing of ours was written');
    });

    test('a hook changed at the same revision (a write the revision cannot see) fails the check after the write, naming the action; their hook survives', async () => {
      const projectId = ory.addProject();
      const applied = await dispatch(projectId);
      assert.equal(applied.code, 0, applied.log);
      const changed = SEED_MANIFEST.replace('can_interrupt: true', 'can_interrupt: false');
      // Someone edits the same hook in place without moving the revision the action read. Ory refuses
      // `test` operations, so only the check of the returned project can see it, after the fact.
      ory.concurrentEditBeforeNextPatch(projectId, (config: any) => {
        config.selfservice.flows.login.before.hooks[0].config.url = 'https://api.example.com/webhooks/validate-v2';
      }, { keepRevision: true });
      const result = await dispatch(projectId, {}, changed);
      assert.equal(result.outputs['failure-reason'], 'apply-failed', result.log);
      assert.match(result.log, /"validate_login" is not in login\.before after the write/);
      assert.match(result.log, /Hooks in login\.before that this plan does not manage changed during the write/);
      const hooks = (ory.project(projectId).services.identity.config as any).selfservice.flows.login.before.hooks;
      assert.deepEqual(hooks.map((h: any) => h.config.url), ['https://api.example.com/webhooks/validate-v2'], 'their hook survives, nothing is written twice');
    });
  });
});
