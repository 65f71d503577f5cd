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

    /** A manifest with one action in each of `ids`. */
    function manifestFor(ids: readonly string[]): string {
      const lines = ['actions:'];
      ids.forEach((id, i) => lines.push(`  hook_${i}:`, '    flow: registration', '    timing: after', '    auth_method: password', `    url: https://hooks.example.com/${i}`, `    project_id: ${id}`));
      return lines.join('\n') + '\n';
    }

    test('a slow Ory across more projects than are read at once: the run gives up at its budget of Ory time, not per request', async () => {
      // 10 projects, read 8 at a time; every read answers after 1.2 s, well within one request's 5 s
      // timeout. The second round of reads starts at 1.2 s and is cut off when the 2 s budget ends.
      const ids = Array.from({ length: 10 }, () => ory.addProject());
      for (const id of ids) ory.injectFault({ match: 'get', projectId: id, delayMs: 1_200, times: 5 });
      const workspace = makeWorkspace({ 'ory-actions.yaml': manifestFor(ids) });
      const started = Date.now();
      const result = await runBundledAction({
        workspace,
        eventName: 'workflow_dispatch',
        env: { ORY_ACTIONS_HTTP_TIMEOUT_MS: '5000', ORY_ACTIONS_RETRY_BUDGET_MS: '2000' },
        inputs: { 'ory-api-key': KEY, 'ory-api-url': ory.url },
      });
      const elapsed = Date.now() - started;
      ory.clearFaults();
      assert.equal(result.code, 1, result.log);
      assert.equal(result.outputs['failure-reason'], 'ory-unavailable', result.log);
      assert.match(result.log, /Gave up on Ory while trying to read project [0-9a-f-]+ after 1 attempt \(last: no answer in time\): this run's 2s budget of Ory time is used up/);
      assert.match(result.log, /run again in a few minutes/);
      assert.ok(elapsed < 2_000 + 5_000, `the run took ${elapsed} ms`);
      for (const id of ids) assert.equal(countsFor(id)['PATCH /projects/{id}/revision/{rev}'], undefined, 'nothing was written');
    });

    test('a slow, then failing Ory across several projects: the plan\'s reads and the writes\' retries draw from one budget', async () => {
      // Reads answer after 1.1 s (the plan), then every write answers 503. Alone, each write would be
      // retried 4 times after 0.6 + 1.2 + 2.4 + 4.8 s (9 s); with 0.4 s of the run's 1.5 s left, the
      // first wait (at least 0.45 s) does not fit, so each write is tried once.
      const ids = [ory.addProject(), ory.addProject(), ory.addProject()];
      for (const id of ids) {
        ory.injectFault({ match: 'get', projectId: id, delayMs: 1_100 });
        ory.injectFault({ match: 'patch', projectId: id, status: 503, times: 50 });
      }
      const workspace = makeWorkspace({ 'ory-actions.yaml': manifestFor(ids) });
      const started = Date.now();
      const result = await runBundledAction({
        workspace,
        eventName: 'workflow_dispatch',
        env: { ORY_ACTIONS_RETRY_BASE_MS: '600', ORY_ACTIONS_RETRY_BUDGET_MS: '1500' },
        inputs: { 'ory-api-key': KEY, 'ory-api-url': ory.url },
      });
      const elapsed = Date.now() - started;
      ory.clearFaults();
      assert.equal(result.code, 1, result.log);
      assert.equal(result.outputs['failure-reason'], 'ory-unavailable', result.log);
      assert.equal(result.outputs.applied, 'false');
      assert.match(result.log, /Gave up on Ory while trying to update project [0-9a-f-]+ after 1 attempt \(last: HTTP 503\): the next wait \([\d.]+s\) would not end within this run's 1\.5s budget of Ory time \(0\.\ds left\)/);
      assert.doesNotMatch(result.log, /retry 1/, 'no write was retried');
      assert.ok(elapsed < 1_500 + 5_000, `the run took ${elapsed} ms`);
      assert.deepEqual(ids.map((id) => countsFor(id)['PATCH /projects/{id}/revision/{rev}']), [1, 1, 1]);
    });

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
